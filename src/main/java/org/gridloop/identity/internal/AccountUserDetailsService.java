package org.gridloop.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up the accounts of {@code identity_user} for form login and token issuing. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcAccounts accounts;

    AccountUserDetailsService(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findStored(username)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
