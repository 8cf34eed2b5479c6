package org.gridloop.identity.internal;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gridloop.identity.Actor;
import org.gridloop.identity.internal.ApiTokens.IssuedToken;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a username and password for an API bearer token, tells a token's bearer who they
 * are, and changes the bearer's own password.
 */
@RestController
class ApiAccountController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final AccountManagement accounts;
    private final MessageSource messages;

    ApiAccountController(AuthenticationManager authentication, ApiTokens tokens, AccountManagement accounts,
            MessageSource messages) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
        this.messages = messages;
    }

    /**
     * Answers 401 with a problem when the credentials are wrong or the account is disabled, and
     * 429 with {@code Retry-After} when the account or address must wait after failed sign-ins.
     */
    @PostMapping(SecurityConfiguration.TOKEN_PATH)
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request) {
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    request.username(), request.password()));
        } catch (SignInBlockedException blocked) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(blocked.waitSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(blockedProblem(blocked.waitSeconds()));
        } catch (AuthenticationException refused) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(badCredentials());
        }
        IssuedToken token = tokens.issue(signedIn.getName());
        return ResponseEntity.ok(new TokenResponse(token.token(), token.expiresAt()));
    }

    /** The signed-in user, for API clients to learn their own posts and department. */
    @GetMapping("/api/v1/me")
    Actor me(Actor actor) {
        return actor;
    }

    /**
     * Changes the caller's own password. Every token and session of the account issued before
     * stops working, the caller's too: the answer carries a new token.
     */
    @PostMapping("/api/v1/me/password")
    TokenResponse changePassword(@RequestBody PasswordChange change, Actor actor) {
        accounts.changeOwnPassword(actor.username(), change.currentPassword(), change.newPassword());
        IssuedToken token = tokens.issue(actor.username());
        return new TokenResponse(token.token(), token.expiresAt());
    }

    private ProblemDetail badCredentials() {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, messages.getMessage(
                "identity.problem.bad-credentials", null, "Wrong username or password.", locale));
        problem.setTitle(messages.getMessage("problem.title.401", null, "Unauthorized", locale));
        return problem;
    }

    private ProblemDetail blockedProblem(long seconds) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(
                "identity.problem.sign-in-blocked", new Object[] {seconds}, "Too many failed sign-ins.", locale));
        problem.setTitle(messages.getMessage("problem.title.429", null, "Too Many Requests", locale));
        problem.setProperty("retryAfterSeconds", seconds);
        return problem;
    }

    record TokenRequest(@NotBlank String username, @NotBlank String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }
}
