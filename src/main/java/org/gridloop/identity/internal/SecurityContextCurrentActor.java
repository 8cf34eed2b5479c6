package org.gridloop.identity.internal;

import java.util.Optional;

import org.gridloop.identity.Actor;
import org.gridloop.identity.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the signed-in user from the security context of the current thread. */
@Component
class SecurityContextCurrentActor implements CurrentActor {

    @Override
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }
}
