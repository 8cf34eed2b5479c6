package org.gridloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The setup guide ({@code docs/onboarding.md}) run step by step over real HTTP on an empty
 * installation: the embedded PostgreSQL without the demo, the first administrator from
 * configuration, then the district from the sample files under {@code docs/samples/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "gridloop.demo.enabled=false",
        "gridloop.admin.username=chief",
        "gridloop.admin.password=Onboard-2026-chief"})
class OnboardingIntegrationTests {

    static final String ADMIN_PASSWORD = "Onboard-2026-chief";

    @LocalServerPort
    int port;

    @Test
    void anEmptyInstallationHasOnlyItsFirstAdministrator() {
        ApiClient api = new ApiClient(port);
        String admin = api.token("chief", ADMIN_PASSWORD);

        Response departments = api.get(admin, "/api/v1/departments");
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.json()).isEmpty();
        assertThat(api.get(admin, "/api/v1/grids/versions").json().valueStream()
                .mapToInt(version -> version.path("gridCount").asInt())).containsOnly(0);
        assertThat(api.post(null, "/api/v1/auth/token", Map.of("username", "admin", "password", "demo"))
                .status()).isEqualTo(401);
    }

    @Test
    void theLastAdministratorKeepsThePost() {
        ApiClient api = new ApiClient(port);
        String admin = api.token("chief", ADMIN_PASSWORD);
        Map<String, Object> demotion = new HashMap<>();
        demotion.put("displayName", "chief");
        demotion.put("posts", List.of("LEADER"));

        Response refused = api.put(admin, "/api/v1/accounts/chief", demotion);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("posts");
        assertThat(api.get(admin, "/api/v1/me").json().path("posts").path(0).asString()).isEqualTo("ADMINISTRATOR");

        Map<String, Object> deputy = new HashMap<>(demotion);
        deputy.put("username", "deputy");
        deputy.put("displayName", "副主任");
        deputy.put("password", "Second-Onboard-2026");
        deputy.put("posts", List.of("ADMINISTRATOR"));
        assertThat(api.post(admin, "/api/v1/accounts", deputy).status()).isEqualTo(201);
        demotion.put("displayName", "副主任");
        assertThat(api.put(api.token("deputy", "Second-Onboard-2026"), "/api/v1/accounts/deputy", demotion).status())
                .isEqualTo(200);
    }
}
