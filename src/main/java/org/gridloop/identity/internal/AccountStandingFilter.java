package org.gridloop.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in request to the account as it stands now: a session or token begun
 * before the account was disabled, or before its password was reset or changed, is refused at
 * once (the session is ended); a session whose account got other posts or another department
 * acts with the new ones; and a user whose password is temporary may only change it.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    /** The password page, the one page a user with a temporary password may use. */
    static final String PASSWORD_PAGE = "/account/password";
    private static final Set<String> OPEN_TO_TEMPORARY = Set.of(PASSWORD_PAGE, "/logout", "/login", "/error",
            "/favicon.ico", "/api/v1/me", "/api/v1/me/password", SecurityConfiguration.TOKEN_PATH);
    private static final Set<String> STATIC = Set.of("/css/", "/js/", "/img/", "/webjars/");

    private final CachedAccounts accounts;
    private final SecurityProblems problems;
    private final boolean api;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /** @param api whether refusals are answered as problems (the API) or by a redirect (the pages) */
    AccountStandingFilter(CachedAccounts accounts, SecurityProblems problems, boolean api) {
        this.accounts = accounts;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> standing = request.getAttribute(BearerTokenFilter.STANDING) == user
                ? Optional.of(user) : accounts.standing(user.getUsername(), user.since());
        if (standing.isEmpty()) {
            end(request, response);
            return;
        }
        SignedInUser current = standing.get();
        if (!current.sameStanding(user)) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    current, null, current.getAuthorities()));
            contexts.setContext(context);
        }
        if (current.passwordChangeRequired() && !openToTemporary(request)) {
            if (api) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "identity.problem.password-change-required",
                        "The password is temporary: change it with POST /api/v1/me/password first.", "password");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Ends the session of a revoked sign-in and sends the user to sign in again. */
    private void end(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (api) {
            problems.commence(request, response, new BadCredentialsException("The sign-in was revoked"));
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login?ended");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?ended");
        }
    }

    private static boolean openToTemporary(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_TO_TEMPORARY.contains(path) || STATIC.stream().anyMatch(path::startsWith);
    }
}
