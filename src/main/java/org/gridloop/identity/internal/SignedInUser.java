package org.gridloop.identity.internal;

import java.time.Instant;
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
 * {@code ROLE_<POST>} per post held, the instant the session began or the token was issued
 * (checked against the account's revocation on every request), and whether the password must
 * be changed before anything else.
 */
final class SignedInUser implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final List<GrantedAuthority> authorities;
    private final boolean enabled;
    private final Instant since;
    private final boolean passwordChangeRequired;
    private String passwordHash;

    SignedInUser(Actor actor, String passwordHash, boolean enabled, Instant since, boolean passwordChangeRequired) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.since = since;
        this.passwordChangeRequired = passwordChangeRequired;
        this.authorities = actor.posts().stream()
                .map(Post::name)
                .sorted()
                .<GrantedAuthority>map(post -> new SimpleGrantedAuthority("ROLE_" + post))
                .toList();
    }

    /** The principal of a sign-in with the password at the instant. */
    static SignedInUser signingIn(StoredAccount account, Instant now) {
        return new SignedInUser(account.toActor(), account.passwordHash(), account.enabled(), now,
                account.passwordChangeRequired());
    }

    /** The principal of a request signed in since the instant, as the account stands now. */
    static SignedInUser standing(StoredAccount account, Instant since) {
        return new SignedInUser(account.toActor(), null, true, since, account.passwordChangeRequired());
    }

    Actor actor() {
        return actor;
    }

    Instant since() {
        return since;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Whether the other principal grants the same: same actor and the same password obligation. */
    boolean sameStanding(SignedInUser other) {
        return actor.equals(other.actor) && passwordChangeRequired == other.passwordChangeRequired;
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
