package org.gridloop.organization.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the signed-in user may change what a page shows: administrators edit, the other readers read. */
final class PageAccess {

    private PageAccess() {
    }

    static boolean mayEdit() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMINISTRATOR".equals(authority.getAuthority()));
    }
}
