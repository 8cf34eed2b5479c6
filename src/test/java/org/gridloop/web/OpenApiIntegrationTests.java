package org.gridloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void describesTheApiWithoutSigningIn() {
        ApiClient api = new ApiClient(port);

        Response docs = api.get(null, "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").propertyNames()).contains("/api/v1/reports", "/api/v1/cases",
                "/api/v1/cases/{number}", "/api/v1/cases/{number}/{action}", "/api/v1/auth/token",
                "/api/v1/departments", "/api/v1/categories");
        assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
