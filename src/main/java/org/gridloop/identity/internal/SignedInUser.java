package org.gridloop.identity.internal;

import java.util.Collection;
import java.util.List;

import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in user: the {@link Actor} and one authority
 * {@code ROLE_<POST>} per post held.
 */
final class SignedInUser implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final List<GrantedAuthority> authorities;
    private final boolean enabled;
    private String passwordHash;

    SignedInUser(Actor actor, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.authorities = actor.posts().stream()
                .map(Post::name)
                .sorted()
                .<GrantedAuthority>map(post -> new SimpleGrantedAuthority("ROLE_" + post))
                .toList();
    }

    static SignedInUser of(StoredAccount account) {
        return new SignedInUser(account.toActor(), account.passwordHash(), account.enabled());
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.actor.username().equals(actor.username());
    }

    @Override
    public int hashCode() {
        return actor.username().hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + actor.username() + "]";
    }
}
