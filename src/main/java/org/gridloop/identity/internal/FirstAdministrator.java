package org.gridloop.identity.internal;

import java.util.List;
import java.util.Set;

import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.NewAccount;
import org.gridloop.identity.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure an installation can be administered: creates the configured administrator when
 * no enabled administrator exists, and warns loudly when none exists and none is configured.
 * The configured password must meet the password rules, and is to be changed at the first
 * sign-in.
 * Runs after the demo seeders, so the demo district never needs one configured.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcAccounts accounts;
    private final AdministratorProperties properties;

    FirstAdministrator(JdbcAccounts accounts, AdministratorProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyEnabledAdministrator()) {
            return;
        }
        if (!StringUtils.hasText(properties.username()) || !StringUtils.hasText(properties.password())) {
            log.warn("No administrator account exists and none is configured: set gridloop.admin.username "
                    + "and gridloop.admin.password (GRIDLOOP_ADMIN_USERNAME, GRIDLOOP_ADMIN_PASSWORD) and restart");
            return;
        }
        List<FieldProblem> weak = PasswordPolicy.bundled().check("password", properties.username(),
                properties.password());
        if (!weak.isEmpty()) {
            throw new IllegalStateException("The configured administrator password (gridloop.admin.password, "
                    + "GRIDLOOP_ADMIN_PASSWORD) is refused: " + weak.get(0).defaultMessage()
                    + "; it needs at least 10 characters, not the username, not a common password");
        }
        accounts.createMissing(List.of(new NewAccount(properties.username(), properties.username(),
                Set.of(Post.ADMINISTRATOR), null, properties.password())));
        if (accounts.anyEnabledAdministrator()) {
            // The password sits in configuration files and environments: its holder replaces it first.
            accounts.requirePasswordChange(properties.username());
            log.info("Created the administrator account '{}' from configuration; its password must be changed "
                    + "at the first sign-in", properties.username());
        } else {
            log.warn("The configured administrator '{}' already exists without the administrator post or disabled",
                    properties.username());
        }
    }
}
