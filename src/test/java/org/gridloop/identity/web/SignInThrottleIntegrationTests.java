package org.gridloop.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in protection over real HTTP: an account and an address must wait after repeated failed
 * sign-ins, the wait does not apply at the account's last address, administrators see the
 * blocks and lift them, and the page says how long to wait. Other addresses than
 * {@code 127.0.0.1} are the loopback's own (the test binds its socket to them).
 */
@HttpIntegrationTest
class SignInThrottleIntegrationTests {

    static final String PASSWORD = "Lantern-Harbor-77";

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = api.token("admin");
        forgetLoopback();
    }

    /** The failures other tests made from this machine's own address do not count here. */
    @AfterEach
    void forgetLoopback() {
        api.delete(admin, "/api/v1/sign-in-blocks/address/127.0.0.1");
        api.delete(admin, "/api/v1/sign-in-blocks/address/0:0:0:0:0:0:0:1");
    }

    @Test
    void anAccountWaitsAfterRepeatedFailuresUntilAnAdministratorLiftsTheBlock() {
        String username = freshAccount();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(token(username, "wrong-guess-" + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = token(username, PASSWORD);
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 5));
        assertThat(blocked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(blocked.body()).contains("retryAfterSeconds");

        Response blocks = api.get(admin, "/api/v1/sign-in-blocks");
        assertThat(blocks.json().valueStream().filter(block -> block.path("subject").asString().equals(username))
                .map(block -> block.path("kind").asString() + ":" + block.path("failures").asInt()))
                .containsExactly("account:4");

        assertThat(api.delete(admin, "/api/v1/sign-in-blocks/account/" + username).status()).isEqualTo(204);
        assertThat(token(username, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.get(admin, "/api/v1/audit?object=sign-in-block&objectId=account:" + username)
                .json().path("entries").valueStream().map(entry -> entry.path("action").asString()))
                .containsExactly("lift");
    }

    @Test
    void guessingFromElsewhereDoesNotKeepTheHolderOutAtTheirLastAddress() {
        String username = freshAccount();
        assertThat(token(username, PASSWORD).statusCode()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(tokenFrom("127.0.0.2", username, "wrong-guess-" + attempt)).isEqualTo(401);
        }

        assertThat(tokenFrom("127.0.0.2", username, PASSWORD)).isEqualTo(429);
        assertThat(token(username, PASSWORD).statusCode()).isEqualTo(200);
        api.delete(admin, "/api/v1/sign-in-blocks/address/127.0.0.2");
    }

    @Test
    void anAddressWaitsAfterManyFailuresWhateverTheAccounts() {
        String username = freshAccount();
        for (int attempt = 1; attempt <= 21; attempt++) {
            assertThat(tokenFrom("127.0.0.3", "nobody-" + UUID.randomUUID(), "wrong-guess")).isEqualTo(401);
        }

        assertThat(tokenFrom("127.0.0.3", username, PASSWORD)).isEqualTo(429);
        assertThat(token(username, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.delete(admin, "/api/v1/sign-in-blocks/address/127.0.0.3").status()).isEqualTo(204);
        assertThat(tokenFrom("127.0.0.3", username, PASSWORD)).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysHowLongToWait() {
        String username = freshAccount();
        TestHttp http = new TestHttp(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(http.signIn(username, "wrong-guess-" + attempt).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        HttpResponse<String> blocked = http.signIn(username, PASSWORD);
        assertThat(blocked.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).containsPattern("/login\\?blocked=[1-5]$"));
        assertThat(http.get("/login?blocked=5").body()).contains("登录失败次数过多，请 5 秒后再试。");
        assertThat(http.get("/login?blocked=600&lang=en").body())
                .contains("Too many failed sign-ins: try again in 10 min.");
        assertThat(http.get("/login?blocked=%3Cscript%3E").statusCode()).isEqualTo(200);
        api.delete(admin, "/api/v1/sign-in-blocks/account/" + username);
    }

    @Test
    void liftingNeedsAKnownKindAndAnAdministrator() {
        Response unknownKind = api.delete(admin, "/api/v1/sign-in-blocks/person/someone");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().path("errors").path(0).path("field").asString()).isEqualTo("kind");
        assertThat(api.delete(admin, "/api/v1/sign-in-blocks/account/nobody-" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get(api.token("operator"), "/api/v1/sign-in-blocks").status()).isEqualTo(403);
    }

    private String freshAccount() {
        String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = api.post(admin, "/api/v1/accounts", Map.of("username", username, "displayName", "测试",
                "password", PASSWORD, "posts", List.of("INTAKE_OPERATOR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private HttpResponse<String> token(String username, String password) {
        return new TestHttp(port).postJson("/api/v1/auth/token", credentials(username, password));
    }

    /** Asks for a token from another loopback address and answers the status. */
    private int tokenFrom(String address, String username, String password) {
        byte[] body = credentials(username, password).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
