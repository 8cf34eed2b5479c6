package org.gridloop.identity.internal;

import java.util.Map;

import org.gridloop.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts every sign-in with a password, on the pages or for an API token, into the audit log:
 * {@code sign-in succeed} or {@code sign-in fail} with the username tried, the address and the
 * path it came through. Requests carrying a token are not sign-ins and are not logged.
 */
@Component
class SignInAudit {

    private final ApplicationEventPublisher events;

    SignInAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), "succeed", null);
    }

    /**
     * Attempts refused unchecked while an account or address must wait are not recorded: they
     * cost an attacker nothing, and the lock they run into is recorded once.
     */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInBlockedException) {
            return;
        }
        record(event.getAuthentication().getName(), "fail", event.getException().getClass().getSimpleName());
    }

    private void record(String username, String action, String reason) {
        Map<String, String> after = reason == null ? Map.of("via", path()) : Map.of("via", path(), "reason", reason);
        events.publishEvent(AuditedChange.of("sign-in", username, action, null, after).by(username));
    }

    private static String path() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRequestURI() : "";
    }
}
