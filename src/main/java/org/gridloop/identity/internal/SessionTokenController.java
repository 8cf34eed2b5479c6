package org.gridloop.identity.internal;

import org.gridloop.identity.Actor;
import org.gridloop.identity.internal.ApiAccountController.TokenResponse;
import org.gridloop.identity.internal.ApiTokens.IssuedToken;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges the page session for an API bearer token (ADR 45): an app page signed in through
 * the login form (the field app) writes to the API with a token, since the API takes the
 * session for reads only. The request goes through the page chain, so it needs the session
 * and its CSRF token; a cross-site page can neither send it nor read the answer.
 */
@RestController
class SessionTokenController {

    static final String PATH = "/session/token";

    private final ApiTokens tokens;

    SessionTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(PATH)
    ResponseEntity<TokenResponse> issue(Actor actor) {
        IssuedToken token = tokens.issue(actor.username());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenResponse(token.token(), token.expiresAt()));
    }
}
