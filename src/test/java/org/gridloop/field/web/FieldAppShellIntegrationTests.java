package org.gridloop.field.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The field app's shell, manifest, icons and service worker over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldAppShellIntegrationTests {

    private static final Pattern MESSAGES = Pattern.compile(
            "<script type=\"application/json\" id=\"field-messages\">(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void sendsTheSignedOutToTheLoginFormAndBringsThemBackToTheApp() {
        TestHttp http = new TestHttp(port);

        HttpResponse<String> shell = http.get("/m");
        assertThat(shell.statusCode()).isEqualTo(302);
        assertThat(shell.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> signedIn = http.signIn("inspector", "demo");

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/m?");
        assertThat(http.get("/m").headers().firstValue("Location").orElseThrow()).endsWith("/m/");
        HttpResponse<String> app = http.get("/m/");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).contains("rel=\"manifest\"", "/m/js/field-app.js", "data-user=\"inspector\"",
                "data-accuracy-limit=\"50.0\"");
    }

    @Test
    void carriesEveryTextInChineseAndEnglish() {
        TestHttp http = new TestHttp(port);
        http.signIn("inspector", "demo");
        Matcher matcher = MESSAGES.matcher(http.get("/m/").body());
        assertThat(matcher.find()).isTrue();
        JsonNode tables = JsonMapper.builder().build().readTree(matcher.group(1));

        Set<String> chinese = new HashSet<>(tables.path("zh").propertyNames());
        Set<String> english = new HashSet<>(tables.path("en").propertyNames());
        assertThat(chinese).hasSizeGreaterThan(80).isEqualTo(english).contains("report.submit", "status.REPORTED",
                "light.red");
        assertThat(tables.path("zh").path("report.submit").asString()).isEqualTo("上报");
        assertThat(tables.path("en").path("report.submit").asString()).isEqualTo("Submit report");
        english.remove("language.switch");
        for (String key : english) {
            assertThat(tables.path("en").path(key).asString()).as(key).isNotBlank()
                    .doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void isForInspectors() {
        TestHttp http = new TestHttp(port);
        http.signIn("operator", "demo");

        assertThat(http.get("/m/").statusCode()).isEqualTo(403);
    }

    @Test
    void servesManifestWorkerAndIconsWithoutASession() throws Exception {
        TestHttp http = new TestHttp(port);

        HttpResponse<String> manifest = http.get("/m/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        JsonNode app = JsonMapper.builder().build().readTree(manifest.body());
        assertThat(app.path("start_url").asString()).isEqualTo("/m/");
        assertThat(app.path("display").asString()).isEqualTo("standalone");
        HttpResponse<String> worker = http.get("/m/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        for (int size : new int[] {192, 512}) {
            HttpResponse<byte[]> icon = http.download("/m/icons/icon-" + size + ".png");
            assertThat(icon.statusCode()).isEqualTo(200);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(icon.body()));
            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
        }
        assertThat(http.get("/m/js/field-app.js").statusCode()).isEqualTo(200);
    }
}
