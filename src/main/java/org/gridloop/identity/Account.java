package org.gridloop.identity;

import java.util.Set;

/**
 * An account as other modules see it: who it is, the posts it holds and whether it may sign in.
 *
 * @param departmentCode the department of a department handler, otherwise {@code null}
 */
public record Account(String username, String displayName, Set<Post> posts, String departmentCode,
        boolean enabled) {

    public Account {
        posts = Set.copyOf(posts);
    }

    public boolean holds(Post post) {
        return posts.contains(post);
    }
}
