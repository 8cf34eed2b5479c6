package org.gridloop.identity.internal;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a failed sign-in on the page back to the form: {@code /login?error}, or
 * {@code /login?blocked=<seconds>} when the attempt must wait after too many failed ones.
 */
class SignInFailurePage extends SimpleUrlAuthenticationFailureHandler {

    SignInFailurePage() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInBlockedException blocked) {
            getRedirectStrategy().sendRedirect(request, response, "/login?blocked=" + blocked.waitSeconds());
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
