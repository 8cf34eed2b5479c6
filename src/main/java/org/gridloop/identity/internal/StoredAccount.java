package org.gridloop.identity.internal;

import java.util.Set;

import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;

/** A row of {@code identity_user}: an account with its password hash. */
record StoredAccount(String username, String displayName, String passwordHash, Set<Post> posts,
        String departmentCode, boolean enabled) {

    StoredAccount {
        posts = Set.copyOf(posts);
    }

    Actor toActor() {
        return new Actor(username, displayName, posts, departmentCode);
    }
}
