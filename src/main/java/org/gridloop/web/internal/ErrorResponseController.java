package org.gridloop.web.internal;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the errors no controller handled (unknown route, wrong method, oversize upload, a
 * failing filter): a problem for {@code /api/**}, the friendly error page for everything else.
 * Replaces Spring Boot's whitelabel error controller.
 */
@Controller
class ErrorResponseController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponseController.class);

    private final ApiProblems problems;

    ErrorResponseController(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        String correlationId = CorrelationIdFilter.of(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable unexpected && status.is5xxServerError()) {
            log.error("Unexpected failure of {} (correlation id {})",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), correlationId, unexpected);
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = problems.problem(status, "problem.status." + status.value(),
                    HttpStatus.valueOf(status.value()).getReasonPhrase());
            problem.setInstance(URI.create(path));
            if (status.is5xxServerError()) {
                problem.setProperty("correlationId", correlationId);
            }
            return ApiProblems.respond(problem);
        }
        return ErrorPage.of(status, null, correlationId);
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && HttpStatus.resolve(value) != null) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.NOT_FOUND;
    }
}
