package org.gridloop.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user acting on the platform.
 *
 * @param username         the login name
 * @param displayName      the name shown to others
 * @param posts            the posts the user holds
 * @param departmentCode   the user's department for department handlers, otherwise {@code null}
 * @param subdistrictCodes the subdistricts whose center (街道分中心) the user works for, which
 *                         narrow the cases the supervision and command posts see to those
 *                         subdistricts; empty for staff of the whole platform
 */
public record Actor(String username, String displayName, Set<Post> posts, String departmentCode,
        Set<String> subdistrictCodes) implements Serializable {

    public Actor {
        posts = Set.copyOf(posts);
        subdistrictCodes = Set.copyOf(subdistrictCodes);
    }

    /** A user of the whole platform. */
    public Actor(String username, String displayName, Set<Post> posts, String departmentCode) {
        this(username, displayName, posts, departmentCode, Set.of());
    }

    public boolean holds(Post post) {
        return posts.contains(post);
    }

    /**
     * Whether the user's area takes in the subdistrict: always for staff of the whole platform,
     * otherwise only their own subdistricts ({@code null}, outside every subdistrict, is none).
     */
    public boolean covers(String subdistrictCode) {
        return subdistrictCodes.isEmpty() || subdistrictCode != null && subdistrictCodes.contains(subdistrictCode);
    }
}
