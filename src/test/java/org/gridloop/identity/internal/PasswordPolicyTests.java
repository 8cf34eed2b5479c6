package org.gridloop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.bundled();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.check("password", "zhang.wei", "Lantern-river-47")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(codes(policy.check("password", "zhang.wei", "Ab3$xyz9q"))).containsExactly("identity.password.too-short");
        assertThat(codes(policy.check("password", "zhang.wei", "Ab3$xyz9qr"))).isEmpty();
    }

    @Test
    void refusesThePasswordContainingTheUsername() {
        assertThat(codes(policy.check("newPassword", "handler-water", "Handler-Water-2026")))
                .containsExactly("identity.password.username");
    }

    @Test
    void refusesCommonPasswordsIgnoringCase() {
        assertThat(codes(policy.check("password", "zhang.wei", "QwertyUiop"))).containsExactly("identity.password.common");
        assertThat(codes(policy.check("password", "zhang.wei", "woaini1314520"))).containsExactly("identity.password.common");
    }

    @Test
    void namesTheGivenFieldAndRefusesMissingOrOversizePasswords() {
        List<FieldProblem> missing = policy.check("newPassword", "zhang.wei", null);
        assertThat(missing).extracting(FieldProblem::field).containsExactly("newPassword");
        assertThat(codes(policy.check("password", "zhang.wei", "长".repeat(30)))).containsExactly("identity.password.too-long");
    }

    private static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageCode).toList();
    }
}
