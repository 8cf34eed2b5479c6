package org.gridloop.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up the accounts of {@code identity_user} for form login and token issuing. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcAccounts accounts;
    private final Clock clock;

    AccountUserDetailsService(JdbcAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findStored(username)
                .map(account -> SignedInUser.signingIn(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
