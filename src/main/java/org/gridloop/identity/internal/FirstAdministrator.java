package org.gridloop.identity.internal;

import java.util.List;
import java.util.Set;

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
        accounts.createMissing(List.of(new NewAccount(properties.username(), properties.username(),
                Set.of(Post.ADMINISTRATOR), null, properties.password())));
        if (accounts.anyEnabledAdministrator()) {
            log.info("Created the administrator account '{}' from configuration", properties.username());
        } else {
            log.warn("The configured administrator '{}' already exists without the administrator post or disabled",
                    properties.username());
        }
    }
}
