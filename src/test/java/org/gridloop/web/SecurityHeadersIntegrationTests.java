package org.gridloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages, the API and error answers carry the security headers once each; cookies stay on this site. */
@HttpIntegrationTest
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void pagesRunOnlyTheirOwnScriptsAndKeepTheirAddressToThemselves() {
        TestHttp http = new TestHttp(port);
        HttpResponse<String> login = http.get("/login");

        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("unsafe");
        assertThat(login.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(login.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(login.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void theApiAndItsErrorsCarryTheSameHeaders() {
        TestHttp http = new TestHttp(port);
        HttpResponse<String> unauthorized = http.get("/api/v1/cases");
        HttpResponse<String> unknown = http.get("/no-such-page");

        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(unknown.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(unknown.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
    }

    @Test
    void theSessionAndLanguageCookiesAreSameSiteAndHiddenFromScripts() {
        TestHttp http = new TestHttp(port);
        HttpResponse<String> signedIn = http.signIn("operator", "demo");
        HttpResponse<String> english = http.get("/?lang=en");

        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String language = english.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("gridloop-locale=")).findFirst().orElseThrow();
        assertThat(session).contains("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(language).contains("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }
}
