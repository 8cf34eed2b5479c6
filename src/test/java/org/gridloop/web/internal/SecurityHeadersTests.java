package org.gridloop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTests {

    @Test
    void allowsImagesFromTheConfiguredTileServerOnly() {
        assertThat(SecurityHeaders.tileSource("https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY&x={x}&y={y}&l={z}"))
                .hasValue("https://*.tianditu.gov.cn");
        assertThat(SecurityHeaders.tileSource("http://tiles.example.org:8081/{z}/{x}/{y}.png"))
                .hasValue("http://tiles.example.org:8081");
        assertThat(SecurityHeaders.tileSource("")).isEmpty();
        assertThat(SecurityHeaders.tileSource("{z}/{x}/{y}.png")).isEmpty();
        assertThat(new SecurityHeaders("https://t{s}.tianditu.gov.cn/{z}/{x}/{y}").values()
                .get("Content-Security-Policy")).contains("img-src 'self' data: blob: https://*.tianditu.gov.cn;");
        assertThat(new SecurityHeaders("").values().get("Content-Security-Policy")).contains("img-src 'self' data: blob:;");
    }
}
