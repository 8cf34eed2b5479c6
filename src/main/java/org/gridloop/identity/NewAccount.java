package org.gridloop.identity;

import java.util.Set;

/** An account to create, with its raw password (hashed on creation). */
public record NewAccount(String username, String displayName, Set<Post> posts,
        String departmentCode, String rawPassword) {
}
