package org.gridloop.web.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.gridloop.DomainException;
import org.gridloop.web.internal.ApiProblems.FieldMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a REST controller into an {@code application/problem+json} answer:
 * a {@link DomainException} gets its kind's status and its message from the bundles, invalid
 * input gets 400 with field errors, a lost concurrent update 409, anything unexpected a bare
 * 500 whose correlation id leads to the logged stack trace. Requests that reach no controller
 * (unknown route, wrong method, oversize upload) are answered by {@link ErrorResponseController}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final ApiProblems problems;

    ApiProblemAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException refusal) {
        ProblemDetail problem = problems.problem(HttpStatus.valueOf(refusal.kind().status()),
                refusal.messageCode(), refusal.getMessage(), refusal.arguments());
        problem.setProperty("code", refusal.messageCode());
        ApiProblems.addErrors(problem, refusal.fieldProblems().stream()
                .map(field -> new FieldMessage(field.field(),
                        problems.message(field.messageCode(), field.defaultMessage())))
                .toList());
        return ApiProblems.respond(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(OptimisticLockingFailureException conflict) {
        return ApiProblems.respond(problems.problem(HttpStatus.CONFLICT, "problem.concurrent-update",
                "Someone else changed this record meanwhile. Reload it and try again."));
    }

    /** Leaves refusals of Spring Security to its filters, which answer 401 or 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void securityRefusal(RuntimeException refusal) {
        throw refusal;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        String correlationId = CorrelationIdFilter.of(request);
        log.error("Unexpected failure of {} {} (correlation id {})", request.getMethod(), request.getRequestURI(),
                correlationId, failure);
        ProblemDetail problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected",
                "Something went wrong on our side. Quote the correlation id when you report it.");
        problem.setProperty("correlationId", correlationId);
        return ApiProblems.respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        for (FieldError field : invalid.getBindingResult().getFieldErrors()) {
            errors.add(new FieldMessage(field.getField(), problems.message(field)));
        }
        invalid.getBindingResult().getGlobalErrors()
                .forEach(global -> errors.add(new FieldMessage(global.getObjectName(), problems.message(global))));
        ProblemDetail problem = problems.problem(status, "problem.invalid-input", "The request has invalid fields.");
        ApiProblems.addErrors(problem, errors);
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldMessage(name, problems.message(error)));
            }
        });
        ProblemDetail problem = problems.problem(status, "problem.invalid-input", "The request has invalid fields.");
        ApiProblems.addErrors(problem, errors);
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        if (body instanceof ProblemDetail problem) {
            problems.localizeTitle(problem);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.handleExceptionInternal(failure, body, problemHeaders, status, request);
    }
}
