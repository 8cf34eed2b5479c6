package org.gridloop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridloop.identity.Post;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@HttpIntegrationTest
@Transactional
class FirstAdministratorIntegrationTests {

    @Autowired
    JdbcAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void createsTheConfiguredAdministratorWhenNoneIsEnabled() {
        jdbc.sql("UPDATE identity_user SET enabled = FALSE WHERE 'ADMINISTRATOR' = ANY (posts)").update();

        assertThatThrownBy(() -> new FirstAdministrator(accounts, new AdministratorProperties("root", "s3cret"))
                .run(null)).hasMessageContaining("GRIDLOOP_ADMIN_PASSWORD");
        assertThat(accounts.findStored("root")).isEmpty();

        new FirstAdministrator(accounts, new AdministratorProperties("root", "Harbour-Start-2026")).run(null);

        StoredAccount root = accounts.findStored("root").orElseThrow();
        assertThat(root.posts()).containsExactly(Post.ADMINISTRATOR);
        assertThat(passwordEncoder.matches("Harbour-Start-2026", root.passwordHash())).isTrue();
        assertThat(root.passwordChangeRequired()).as("changed at the first sign-in").isTrue();
    }

    @Test
    void leavesAnInstallationWithAnAdministratorAlone() {
        new FirstAdministrator(accounts, new AdministratorProperties("root", "Harbour-Start-2026")).run(null);

        assertThat(accounts.findStored("root")).isEmpty();
    }
}
