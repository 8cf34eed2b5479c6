package org.gridloop.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridloop.DomainException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a control character in a text field of a multipart form, once the form has been read,
 * as a field error of the controller's request (see {@link RequestTextFilter} for the others).
 */
class RequestTextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String fault = RequestText.parameterFault(request);
        if (fault != null) {
            throw DomainException.invalidField(fault.isEmpty() ? "form" : fault, "problem.unreadable-text",
                    "cannot be read as text: it is not UTF-8 or holds a control character");
        }
        return true;
    }
}
