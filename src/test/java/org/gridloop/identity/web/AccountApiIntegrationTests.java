package org.gridloop.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The accounts administered over real HTTP: creation with its checks, the list by post and
 * department, edits, disabling that cuts off tokens and sessions at once, the temporary password
 * of a reset and the change of one's own password, and the sign-ins in the audit log.
 */
@HttpIntegrationTest
class AccountApiIntegrationTests {

    static final String PASSWORD = "Lantern-Harbor-77";

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @Test
    void createsAHandlerWhoActsForTheDepartmentAndIsListedWithIt() {
        String department = anyDepartment();
        String username = fresh("handler");

        Response created = api.post(admin, "/api/v1/accounts", account(username, List.of("DEPARTMENT_HANDLER"),
                department));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("posts").valueStream().map(JsonNode::asString)).containsExactly(
                "DEPARTMENT_HANDLER");
        assertThat(created.text("departmentCode")).isEqualTo(department);
        assertThat(created.json().path("enabled").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain(PASSWORD, "password_hash", "passwordHash");

        assertThat(usernames("/api/v1/accounts?post=DEPARTMENT_HANDLER&department=" + department)).contains(username);
        assertThat(usernames("/api/v1/accounts?post=INSPECTOR")).doesNotContain(username);

        String token = api.token(username, PASSWORD);
        Response me = api.get(token, "/api/v1/me");
        assertThat(me.text("departmentCode")).isEqualTo(department);
        assertThat(api.get(token, "/api/v1/accounts").status()).isEqualTo(403);
    }

    @Test
    void anEditTakesEffectOnTheNextRequestAndAnEditOnAnOldVersionIsRefused() {
        String username = fresh("operator");
        assertThat(api.post(admin, "/api/v1/accounts", account(username, List.of("INTAKE_OPERATOR"), null)).status())
                .isEqualTo(201);
        String token = api.token(username, PASSWORD);

        Map<String, Object> edit = account(username, List.of("INTAKE_OPERATOR", "SHIFT_SUPERVISOR"), null);
        edit.put("displayName", "赵敏");
        edit.put("phone", "13800138000");
        edit.put("version", 0);
        Response updated = api.put(admin, "/api/v1/accounts/" + username, edit);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.text("displayName")).isEqualTo("赵敏");
        assertThat(updated.json().path("version").asInt()).isEqualTo(1);
        assertThat(api.get(token, "/api/v1/me").json().path("posts").valueStream().map(JsonNode::asString))
                .contains("SHIFT_SUPERVISOR");

        Response stale = api.put(admin, "/api/v1/accounts/" + username, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("version");
    }

    @Test
    void refusesABadAccountNamingEveryFieldAtFault() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("username", "Bad Name");
        bad.put("displayName", "");
        bad.put("phone", "call me");
        bad.put("password", "password123");
        bad.put("posts", List.of("DEPARTMENT_HANDLER", "JANITOR"));
        bad.put("subdistrictCodes", List.of("999999999"));
        Response refused = api.post(admin, "/api/v1/accounts", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).contains("username", "displayName", "phone", "password", "posts",
                "departmentCode", "subdistrictCodes");

        Map<String, Object> withDepartment = account(fresh("inspector"), List.of("INSPECTOR"), anyDepartment());
        assertThat(fields(api.post(admin, "/api/v1/accounts", withDepartment))).containsExactly("departmentCode");

        Map<String, Object> unknownDepartment = account(fresh("handler"), List.of("DEPARTMENT_HANDLER"), "no-such");
        assertThat(fields(api.post(admin, "/api/v1/accounts", unknownDepartment))).containsExactly("departmentCode");

        Map<String, Object> sameAsUsername = account(fresh("leader"), List.of("LEADER"), null);
        sameAsUsername.put("password", sameAsUsername.get("username") + "-2026");
        assertThat(fields(api.post(admin, "/api/v1/accounts", sameAsUsername))).containsExactly("password");

        Response taken = api.post(admin, "/api/v1/accounts", account("supervisor", List.of("LEADER"), null));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(fields(taken)).containsExactly("username");

        assertThat(api.get(admin, "/api/v1/accounts?post=JANITOR").status()).isEqualTo(400);
        assertThat(api.post(api.token("supervisor"), "/api/v1/accounts",
                account(fresh("leader"), List.of("LEADER"), null)).status()).isEqualTo(403);
        assertThat(api.get(admin, "/api/v1/accounts/nobody-here").status()).isEqualTo(404);
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceAndItsOldTokensStayDeadOnceEnabled() {
        String username = fresh("dispatcher");
        api.post(admin, "/api/v1/accounts", account(username, List.of("DISPATCHER"), null));
        String token = api.token(username, PASSWORD);
        assertThat(api.get(token, "/api/v1/cases").status()).isEqualTo(200);
        TestHttp page = new TestHttp(port);
        assertThat(page.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(page.get("/cases").statusCode()).isEqualTo(200);

        Response disabled = api.post(admin, "/api/v1/accounts/" + username + "/disable", Map.of());
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();

        assertThat(api.get(token, "/api/v1/cases").status()).isEqualTo(401);
        HttpResponse<String> ended = page.get("/cases");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?ended"));
        assertThat(api.post(null, "/api/v1/auth/token", Map.of("username", username, "password", PASSWORD))
                .status()).isEqualTo(401);

        assertThat(api.post(admin, "/api/v1/accounts/" + username + "/enable", Map.of()).status()).isEqualTo(200);
        assertThat(api.get(token, "/api/v1/cases").status()).isEqualTo(401);
        assertThat(api.get(api.token(username, PASSWORD), "/api/v1/cases").status()).isEqualTo(200);

        assertThat(actions(username, "account")).contains("create", "disable", "enable");
    }

    @Test
    void aResetPasswordIsTemporaryUntilTheOwnerChangesIt() {
        String username = fresh("leader");
        api.post(admin, "/api/v1/accounts", account(username, List.of("LEADER"), null));
        String before = api.token(username, PASSWORD);

        Response reset = api.post(admin, "/api/v1/accounts/" + username + "/password-reset", Map.of());
        assertThat(reset.status()).isEqualTo(200);
        String temporary = reset.text("temporaryPassword");
        assertThat(temporary).hasSize(12);
        assertThat(api.get(before, "/api/v1/me").status()).isEqualTo(401);
        assertThat(api.get(admin, "/api/v1/accounts/" + username).json().path("passwordChangeRequired").asBoolean())
                .isTrue();

        String provisional = api.token(username, temporary);
        assertThat(api.get(provisional, "/api/v1/me").status()).isEqualTo(200);
        Response held = api.get(provisional, "/api/v1/cases");
        assertThat(held.status()).isEqualTo(403);
        assertThat(held.text("detail")).contains("/api/v1/me/password");

        Response wrongCurrent = api.post(provisional, "/api/v1/me/password",
                Map.of("currentPassword", "not-it-at-all", "newPassword", "Quiet-River-2026"));
        assertThat(fields(wrongCurrent)).containsExactly("currentPassword");
        Response common = api.post(provisional, "/api/v1/me/password",
                Map.of("currentPassword", temporary, "newPassword", "1234567890"));
        assertThat(fields(common)).containsExactly("newPassword");

        Response changed = api.post(provisional, "/api/v1/me/password",
                Map.of("currentPassword", temporary, "newPassword", "Quiet-River-2026"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(changed.text("token"), "/api/v1/cases").status()).isEqualTo(200);
        assertThat(api.get(provisional, "/api/v1/me").status()).isEqualTo(401);
        assertThat(api.token(username, "Quiet-River-2026")).isNotBlank();
        assertThat(actions(username, "account")).contains("password-reset", "password-change");
    }

    @Test
    void anAdministratorCannotDisableTheOwnAccount() {
        String username = fresh("admin");
        api.post(admin, "/api/v1/accounts", account(username, List.of("ADMINISTRATOR"), null));
        String token = api.token(username, PASSWORD);

        Response refused = api.post(token, "/api/v1/accounts/" + username + "/disable", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get(token, "/api/v1/accounts/" + username).json().path("enabled").asBoolean()).isTrue();
    }

    @Test
    void signInsAndFailedSignInsAreInTheAuditLog() {
        String username = fresh("operator");
        api.post(admin, "/api/v1/accounts", account(username, List.of("INTAKE_OPERATOR"), null));

        assertThat(api.post(null, "/api/v1/auth/token", Map.of("username", username, "password", "wrong-guess-1"))
                .status()).isEqualTo(401);
        api.token(username, PASSWORD);
        new TestHttp(port).signIn(username, PASSWORD);

        assertThat(actions(username, "sign-in")).containsExactlyInAnyOrder("fail", "succeed", "succeed");
    }

    private List<String> actions(String username, String object) {
        Response entries = api.get(admin, "/api/v1/audit?object=" + object + "&objectId=" + username);
        assertThat(entries.status()).as(entries.body()).isEqualTo(200);
        return entries.json().path("entries").valueStream().map(entry -> entry.path("action").asString()).toList();
    }

    private List<String> usernames(String path) {
        Response response = api.get(admin, path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(entry -> entry.path("username").asString()).toList();
    }

    private String anyDepartment() {
        return api.get(admin, "/api/v1/departments").json().path(0).path("code").asString();
    }

    private static Map<String, Object> account(String username, List<String> posts, String department) {
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("displayName", "测试 " + username);
        account.put("password", PASSWORD);
        account.put("posts", posts);
        account.put("departmentCode", department);
        return account;
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(400, 409);
        return response.json().path("errors").valueStream().map(error -> error.path("field").asString())
                .distinct().toList();
    }
}
