package org.gridloop.asset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An inspector holds only so many census photos no proposal refers to; those are removed after a while. */
@HttpIntegrationTest
class CensusPhotosIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 2};

    @LocalServerPort
    int port;

    @Autowired
    CensusPhotos photos;

    @Autowired
    Clock clock;

    @Test
    void refusesUploadsBeyondTheShareOfUnattachedPhotosUntilTheOldOnesAreRemoved() {
        ApiClient api = new ApiClient(port);
        String inspector = api.token("i004-009");
        photos.removeUnattached(clock.instant().plusSeconds(1));
        for (int i = 0; i < 60; i++) {
            assertThat(upload(api, inspector).status()).isEqualTo(201);
        }

        ApiClient.Response refused = upload(api, inspector);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("photo");
        assertThat(photos.removeUnattached(clock.instant().minusSeconds(3600))).isZero();
        assertThat(photos.removeUnattached(clock.instant().plusSeconds(1))).isEqualTo(60);
        assertThat(upload(api, inspector).status()).isEqualTo(201);
    }

    private static ApiClient.Response upload(ApiClient api, String token) {
        return api.postMultipart(token, "/api/v1/census/photos", Map.of(),
                List.of(new ApiClient.Part("photo", "p.png", PNG)));
    }
}
