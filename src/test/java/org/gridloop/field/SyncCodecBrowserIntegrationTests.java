package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.gridloop.field.internal.SyncCodec;
import org.gridloop.field.internal.SyncRequest;
import org.gridloop.web.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The browser's codec of the compact sync ({@code /m/js/sync-codec.js}) in a real Chromium: it
 * posts a batch to the server and reads the answer, and its bytes mean to the server what the
 * model says.
 */
class SyncCodecBrowserIntegrationTests extends FieldSyncSupport {

    private static final String POST = """
            var done = arguments[arguments.length - 1];
            var token = arguments[0];
            var request = JSON.parse(arguments[1]);
            GridloopSync.encode(request).then(function (body) {
              return fetch('/api/v1/field/sync', { method: 'POST', body: body, headers: {
                'Content-Type': GridloopSync.MEDIA_TYPE, 'Authorization': 'Bearer ' + token,
                'Accept-Language': 'en' } });
            }).then(function (response) {
              if (response.headers.get('Content-Type') !== GridloopSync.MEDIA_TYPE) {
                return response.text().then(function (text) { throw new Error(response.status + ' ' + text); });
              }
              return response.arrayBuffer();
            }).then(function (buffer) { return GridloopSync.decode(new Uint8Array(buffer)); })
              .then(function (answer) { done(JSON.stringify(answer)); },
                    function (error) { done('error: ' + error); });
            """;

    private static final String ENCODE = """
            var done = arguments[arguments.length - 1];
            GridloopSync.encode(JSON.parse(arguments[0])).then(function (bytes) {
              var text = '';
              bytes.forEach(function (b) { text += String.fromCharCode(b); });
              done(btoa(text));
            }, function (error) { done('error: ' + error); });
            """;

    HeadlessChromium browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void browserSyncsInTheCompactEncodingAndAReplayIsAnsweredDuplicate() throws Exception {
        loadCodec();
        Map<String, Object> good = report("井盖缺失");
        good.put("clientId", "c-7001");
        Map<String, Object> inaccurate = report("定位漂移");
        inaccurate.put("clientId", "c-7002");
        inaccurate.put("accuracyMeters", 120);
        String batch = JSON.writeValueAsString(batch(0, List.of(good, inaccurate), List.of(), List.of()));

        JsonNode first = post(batch);
        JsonNode replay = post(batch);

        assertThat(first.path("items").path(0).path("state").asString()).isEqualTo("accepted");
        assertThat(first.path("items").path(0).path("clientId").asString()).isEqualTo("c-7001");
        assertThat(first.path("items").path(1).path("state").asString()).isEqualTo("refused");
        assertThat(first.path("items").path(1).path("field").asString()).isEqualTo("accuracyMeters");
        assertThat(first.path("items").path(1).path("reason").asString()).contains("by hand");
        assertThat(replay.path("items").path(0).path("state").asString()).isEqualTo("duplicate");
        assertThat(replay.path("items").path(0).path("caseNumber").asString())
                .isEqualTo(first.path("items").path(0).path("caseNumber").asString());
    }

    @Test
    void browsersBytesMeanTheSameModelToTheServer() throws Exception {
        loadCodec();
        String json = """
                {"cursor": 12,
                 "reports": [{"clientId": "c-41", "kind": "incident", "categoryCode": "01001", "lat": 22.701234,
                   "lon": 114.131234, "accuracyMeters": 8, "pinned": true, "address": "平湖大道 1 号",
                   "description": "路面有积水", "urgent": true, "assetIdentifier": null, "selfHandled": false,
                   "photos": ["ph-1"], "afterPhotos": [], "reportedAt": "2026-03-02T09:00:00+08:00"},
                  {"clientId": "c-42", "kind": "asset", "categoryCode": "01001", "lat": 22.7013, "lon": 114.1311,
                   "accuracyMeters": 12, "pinned": false, "address": null, "description": "井盖破损", "urgent": false,
                   "selfHandled": false,
                   "photos": [], "afterPhotos": [], "reportedAt": "2026-03-02T09:03:10+08:00"}],
                 "results": [{"clientId": "r-9", "caseNumber": "20260302000123", "action": "verify",
                   "outcome": "CONFIRMED", "note": "属实", "photos": [], "at": "2026-03-02T09:05:00+08:00"}],
                 "positions": [{"at": "2026-03-02T09:00:00+08:00", "lat": 22.7, "lon": 114.13, "accuracyMeters": 8},
                   {"at": "2026-03-02T09:00:30+08:00", "lat": 22.700321, "lon": 114.129876, "accuracyMeters": 6}]}
                """;

        Object encoded = browser.driver().executeAsyncScript(ENCODE, json);

        assertThat(encoded).asString().doesNotStartWith("error");
        SyncRequest decoded = SyncCodec.decodeRequest(Base64.getDecoder().decode((String) encoded));
        SyncRequest expected = JSON.readValue(json, SyncRequest.class);
        assertThat(decoded).usingRecursiveComparison()
                .withEqualsForType(OffsetDateTime::isEqual, OffsetDateTime.class).isEqualTo(expected);
        assertThat(decoded.reports().get(0).reportedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    }

    private void loadCodec() {
        browser.signIn("inspector");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        browser.driver().executeScript("var script = document.createElement('script');"
                + "script.src = '/m/js/sync-codec.js'; document.head.appendChild(script);");
        browser.waiting().until(driver -> browser.driver().executeScript("return !!window.GridloopSync;"));
    }

    private JsonNode post(String batch) {
        Object answer = browser.driver().executeAsyncScript(POST, token("inspector"), batch);
        assertThat(answer).asString().doesNotStartWith("error");
        return JSON.readTree((String) answer);
    }
}
