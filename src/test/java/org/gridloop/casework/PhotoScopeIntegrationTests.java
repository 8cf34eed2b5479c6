package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient.Part;
import org.gridloop.ApiClient.Response;
import org.gridloop.intake.Photos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Photos belong to their uploader until a report or step attaches them to a case, then to that
 * case: read within its scope, attached to no other; an account holds only so many unattached
 * ones, and those never attached are removed after a while.
 */
class PhotoScopeIntegrationTests extends CaseApiSupport {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 1};

    @Autowired
    Photos photos;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anUnattachedPhotoIsReadOnlyByItsUploader() {
        String photo = upload("inspector");

        assertThat(api().get(token("inspector"), "/api/v1/photos/" + photo).status()).isEqualTo(200);
        assertThat(api().get(token("i002-001"), "/api/v1/photos/" + photo).status()).isEqualTo(404);
        assertThat(api().get(token("operator"), "/api/v1/photos/" + photo).status()).isEqualTo(404);
    }

    @Test
    void anAttachedPhotoIsReadWithinTheScopeOfItsCase() {
        String photo = upload("inspector");
        Response report = report("inspector", List.of(photo), "scope-" + photo);

        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(api().get(token("inspector"), "/api/v1/photos/" + photo).status()).isEqualTo(200);
        assertThat(api().get(token("operator"), "/api/v1/photos/" + photo).status()).isEqualTo(200);
        assertThat(api().get(token("i002-001"), "/api/v1/photos/" + photo).status()).isEqualTo(404);
        assertThat(api().get(token("handler-water"), "/api/v1/photos/" + photo).status()).isEqualTo(404);
    }

    @Test
    void nobodyAttachesAPhotoOfSomeoneElseOrOfAnotherCase() {
        String mine = upload("inspector");
        Response stolen = report("i002-001", List.of(mine), "stolen-" + mine);
        Response first = report("inspector", List.of(mine), "first-" + mine);
        Response second = report("inspector", List.of(mine), "second-" + mine);

        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.json().path("errors").get(0).path("field").asString()).isEqualTo("photos");
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM casework_case WHERE client_id = :id")
                .param("id", "second-" + mine).query(Long.class).single()).isZero();
    }

    @Test
    void theSameReportSentAgainWithItsPhotoReturnsTheFirstCase() {
        String photo = upload("inspector");
        Response first = report("inspector", List.of(photo), "again-" + photo);
        Response again = report("inspector", List.of(photo), "again-" + photo);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("number")).isEqualTo(first.text("number"));
    }

    @Test
    void aReportCarriesAtMostNinePhotos() {
        List<String> ten = Collections.nCopies(10, upload("inspector"));

        Response report = report("inspector", ten, "ten-photos");

        assertThat(report.status()).isEqualTo(400);
        assertThat(report.json().path("errors").get(0).path("field").asString()).isEqualTo("photos");
    }

    @Test
    void anAccountHoldsOnlySoManyUnattachedPhotosAndTheyAreRemovedAfterAWhile() {
        photos.removeUnattached(clock.instant().plusSeconds(1));
        for (int i = 0; i < 60; i++) {
            assertThat(api().postMultipart(token("i003-005"), "/api/v1/photos", Map.of(),
                    List.of(new Part("photo", "p.png", PNG))).status()).isEqualTo(201);
        }

        Response refused = api().postMultipart(token("i003-005"), "/api/v1/photos", Map.of(),
                List.of(new Part("photo", "p.png", PNG)));
        String other = upload("i003-006");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("photo");
        assertThat(photos.removeUnattached(clock.instant().minusSeconds(3600))).isZero();
        assertThat(photos.removeUnattached(clock.instant().plusSeconds(1))).isEqualTo(61);
        assertThat(photos.find(other)).isEmpty();
        assertThat(api().postMultipart(token("i003-005"), "/api/v1/photos", Map.of(),
                List.of(new Part("photo", "p.png", PNG))).status()).isEqualTo(201);
    }

    private String upload(String username) {
        Response uploaded = api().postMultipart(token(username), "/api/v1/photos", Map.of(),
                List.of(new Part("photo", "p.png", PNG)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.text("id");
    }

    private Response report(String username, List<String> photoIds, String clientId) {
        Map<String, Object> body = new HashMap<>(reportBody(pointInGrids()));
        body.put("photos", photoIds);
        body.put("clientId", clientId);
        return api().post(token(username), "/api/v1/reports", body);
    }
}
