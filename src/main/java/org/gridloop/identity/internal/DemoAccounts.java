package org.gridloop.identity.internal;

import java.util.List;
import java.util.Set;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.gridloop.identity.Accounts;
import org.gridloop.identity.NewAccount;
import org.gridloop.identity.Post;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The generic accounts of the demo district, one per post of the centers (password
 * {@code demo}). Inspectors and department handlers come with the organization's demo data.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.IDENTITY)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createMissing(List.of(
                account("admin", "王强", Post.ADMINISTRATOR),
                account("operator", "李娜", Post.INTAKE_OPERATOR),
                account("supervisor", "张伟", Post.SHIFT_SUPERVISOR),
                account("dispatcher", "刘洋", Post.DISPATCHER),
                account("leader", "陈静", Post.LEADER)));
    }

    private static NewAccount account(String username, String displayName, Post post) {
        return new NewAccount(username, displayName, Set.of(post), null, PASSWORD);
    }
}
