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
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

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

    /**
     * A parameter the security firewall refuses once it is read, typically a file sent as a form
     * ({@code curl --data-binary} without a Content-Type, whose body becomes one parameter name
     * holding line breaks): a refusal of the input, never a failure of the server.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException rejected) {
        return ApiProblems.respond(problems.problem(HttpStatus.BAD_REQUEST, "problem.request-rejected",
                "The request holds a parameter that cannot be read. Send a file as the body with its "
                        + "Content-Type, e.g. application/json or text/csv."));
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

    /**
     * A value PostgreSQL cannot store as text (a NUL character) that no check caught before: a
     * refusal of the input, never a failure of the server; the transaction has rolled back whole.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storage(DataAccessException failure, HttpServletRequest request) throws Exception {
        if (!UnstorableText.causes(failure)) {
            return unexpected(failure, request);
        }
        return ApiProblems.respond(problems.problem(HttpStatus.BAD_REQUEST, "problem.unreadable-text.detail",
                "The request holds text that cannot be stored: a control character."));
    }

    /** A body that is JSON but holds a value of the wrong type or a control character names the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!(unreadable.getMostSpecificCause() instanceof DatabindException databind)
                || databind.getPath().isEmpty()) {
            return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
        }
        boolean controlCharacter = databind instanceof InvalidFormatException invalid
                && TextInputModule.CONTROL_CHARACTER.equals(invalid.getOriginalMessage());
        String message = controlCharacter
                ? problems.message("problem.unreadable-text", "cannot be read as text: it holds a control character")
                : problems.message("problem.field-type", "has a value of the wrong type");
        ProblemDetail problem = problems.problem(status, "problem.invalid-input", "The request has invalid fields.");
        ApiProblems.addErrors(problem, List.of(new FieldMessage(JsonPaths.of(databind.getPath()), message)));
        return handleExceptionInternal(unreadable, problem, headers, status, request);
    }

    /** A parameter of the wrong type names itself in the errors too. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleTypeMismatch(mismatch, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem && mismatch.getPropertyName() != null) {
            ApiProblems.addErrors(problem, List.of(new FieldMessage(mismatch.getPropertyName(),
                    problems.message("problem.field-type", "has a value of the wrong type"))));
        }
        return answer;
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
