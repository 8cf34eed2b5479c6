package org.gridloop.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user acting on the platform.
 *
 * @param username       the login name
 * @param displayName    the name shown to others
 * @param posts          the posts the user holds
 * @param departmentCode the user's department for department handlers, otherwise {@code null}
 */
public record Actor(String username, String displayName, Set<Post> posts, String departmentCode)
        implements Serializable {

    public Actor {
        posts = Set.copyOf(posts);
    }

    public boolean holds(Post post) {
        return posts.contains(post);
    }
}
