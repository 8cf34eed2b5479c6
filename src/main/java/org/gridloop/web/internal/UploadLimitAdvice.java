package org.gridloop.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an oversize upload with 413 at once: it fails before any controller is chosen, and
 * left to the error dispatch its multipart body would be parsed, and refused, a second time.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final ApiProblems problems;

    UploadLimitAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ApiProblems.respond(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "problem.status.413",
                    "The uploaded content is larger than allowed."));
        }
        return ErrorPage.of(HttpStatus.CONTENT_TOO_LARGE, null, CorrelationIdFilter.of(request));
    }
}
