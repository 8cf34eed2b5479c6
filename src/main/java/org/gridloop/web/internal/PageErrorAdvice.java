package org.gridloop.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.gridloop.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the friendly error page when a page controller fails: a refusal of the domain with its
 * message, an unexpected failure with the correlation id of the logged stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final MessageSource messages;

    PageErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException refusal, HttpServletRequest request) {
        String detail = messages.getMessage(refusal.messageCode(), refusal.arguments(), refusal.getMessage(),
                LocaleContextHolder.getLocale());
        return ErrorPage.of(HttpStatus.valueOf(refusal.kind().status()), detail, CorrelationIdFilter.of(request));
    }

    /** Text the database cannot store (a NUL character) that no check caught: bad input, not a failure. */
    @ExceptionHandler(DataAccessException.class)
    ModelAndView storage(DataAccessException failure, HttpServletRequest request) {
        if (!UnstorableText.causes(failure)) {
            return failed(failure, request);
        }
        return ErrorPage.of(HttpStatus.BAD_REQUEST, messages.getMessage("problem.unreadable-text.detail", null,
                "The request holds text that cannot be stored.", LocaleContextHolder.getLocale()),
                CorrelationIdFilter.of(request));
    }

    /** A parameter the security firewall refuses once it is read (a line break in its name): bad input. */
    @ExceptionHandler(RequestRejectedException.class)
    ModelAndView rejected(RequestRejectedException rejected, HttpServletRequest request) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, messages.getMessage("problem.request-rejected.page", null,
                "The request holds a parameter that cannot be read.", LocaleContextHolder.getLocale()),
                CorrelationIdFilter.of(request));
    }

    /** Leaves refusals of Spring Security to its filters: login page or 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void securityRefusal(RuntimeException refusal) {
        throw refusal;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request) {
        String correlationId = CorrelationIdFilter.of(request);
        if (failure instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
            return ErrorPage.of(response.getStatusCode(), null, correlationId);
        }
        log.error("Unexpected failure of {} {} (correlation id {})", request.getMethod(), request.getRequestURI(),
                correlationId, failure);
        return ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, null, correlationId);
    }
}
