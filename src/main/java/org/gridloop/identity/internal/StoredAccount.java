package org.gridloop.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;

/**
 * A row of {@code identity_user}: an account with its password hash.
 *
 * @param subdistrictCodes       the subdistricts whose center the staff member works for; empty
 *                               for district-wide staff
 * @param passwordChangeRequired the password is a temporary one, to be replaced at the next sign-in
 * @param revokedBefore          tokens issued and sessions begun before this instant are refused;
 *                               {@code null} when none ever was
 * @param version                counts the changes, for refusing an edit based on an old state
 */
record StoredAccount(String username, String displayName, String passwordHash, Set<Post> posts,
        String departmentCode, boolean enabled, String phone, List<String> subdistrictCodes,
        boolean passwordChangeRequired, Instant revokedBefore, int version) {

    StoredAccount {
        posts = Set.copyOf(posts);
        subdistrictCodes = List.copyOf(subdistrictCodes);
    }

    Actor toActor() {
        return new Actor(username, displayName, posts, departmentCode, Set.copyOf(subdistrictCodes));
    }

    boolean holds(Post post) {
        return posts.contains(post);
    }

    /** Whether a token issued or a session begun at the instant still counts. */
    boolean accepts(Instant since) {
        return enabled && (revokedBefore == null || !since.isBefore(revokedBefore));
    }
}
