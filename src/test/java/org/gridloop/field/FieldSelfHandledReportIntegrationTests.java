package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient.Part;
import org.gridloop.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A self-handled report (自行处置) from the field: the photos before the fix stay the report's,
 * those after it go on the self-handling step, and a bad after photo refuses the whole report
 * with nothing stored.
 */
class FieldSelfHandledReportIntegrationTests extends FieldSyncSupport {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 1};

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsTheBeforePhotosOnTheReportAndTheAfterPhotosOnTheSelfHandlingStep() {
        String before = upload("inspector");
        String after = upload("inspector");
        String secondAfter = upload("inspector");
        Map<String, Object> report = selfHandled("路面垃圾已清理", List.of(before), List.of(after, secondAfter));

        JsonNode item = sync("inspector", batch(0, List.of(report), List.of(), List.of())).path("items").path(0);

        assertThat(item.path("state").asString()).as(item.toString()).isEqualTo("accepted");
        String number = item.path("caseNumber").asString();
        JsonNode file = api().get(token("supervisor"), "/api/v1/cases/" + number).json();
        assertThat(file.path("status").asString()).isEqualTo("CHECKED");
        assertThat(strings(file.path("photos"))).containsExactly(before);
        JsonNode step = file.path("timeline").path(0);
        assertThat(step.path("action").asString()).isEqualTo("selfHandle");
        assertThat(strings(step.path("photos"))).containsExactly(after, secondAfter);
        assertThat(attachedTo(before)).isEqualTo(number);
        assertThat(attachedTo(after)).isEqualTo(number);
        assertThat(api().get(token("supervisor"), "/api/v1/photos/" + after).status()).isEqualTo(200);
    }

    @Test
    void refusesAnAfterPhotoUploadedByAnotherUserAndStoresNothing() {
        String before = upload("inspector");
        String mine = upload("inspector");
        String theirs = upload("i002-001");
        Map<String, Object> report = selfHandled("井盖已复位", List.of(before), List.of(mine, theirs));
        Map<String, Object> neighbour = report("旁边的上报");

        JsonNode items = sync("inspector", batch(0, List.of(report, neighbour), List.of(), List.of()), "en")
                .path("items");

        assertThat(items.path(0).path("state").asString()).isEqualTo("refused");
        assertThat(items.path(0).path("field").asString()).isEqualTo("afterPhotos");
        assertThat(cases(report.get("clientId"))).isZero();
        assertThat(attachedTo(before)).as("nothing half-written").isNull();
        assertThat(attachedTo(mine)).isNull();
        assertThat(attachedTo(theirs)).isNull();
        assertThat(items.path(1).path("state").asString()).isEqualTo("accepted");

        report.put("afterPhotos", List.of(mine));
        JsonNode corrected = sync("inspector", batch(0, List.of(report), List.of(), List.of())).path("items").path(0);
        assertThat(corrected.path("state").asString()).as("corrected and sent again").isEqualTo("accepted");
        assertThat(attachedTo(before)).isEqualTo(corrected.path("caseNumber").asString());
    }

    @Test
    void refusesAfterPhotosThatAreUnknownTooManyOrAlsoBeforeOnAfterPhotos() {
        String before = upload("inspector");
        List<Map<String, Object>> reports = List.of(
                selfHandled("照片不存在", List.of(before), List.of("00000000-0000-0000-0000-000000000000")),
                selfHandled("照片太多", List.of(), java.util.stream.IntStream.range(0, 10)
                        .mapToObj(i -> upload("inspector")).toList()),
                selfHandled("同一张照片", List.of(before), List.of(before)));
        Map<String, Object> notSelfHandled = report("非自行处置");
        notSelfHandled.put("afterPhotos", List.of(upload("inspector")));

        JsonNode items = sync("inspector", batch(0, List.of(reports.get(0), reports.get(1), reports.get(2),
                notSelfHandled), List.of(), List.of())).path("items");

        for (int i = 0; i < 4; i++) {
            assertThat(items.path(i).path("state").asString()).as(items.path(i).toString()).isEqualTo("refused");
            assertThat(items.path(i).path("field").asString()).isEqualTo("afterPhotos");
        }
        assertThat(attachedTo(before)).isNull();
    }

    private Map<String, Object> selfHandled(String description, List<String> before, List<String> after) {
        Map<String, Object> report = report(description);
        report.put("selfHandled", true);
        report.put("photos", before);
        report.put("afterPhotos", after);
        return report;
    }

    private String upload(String username) {
        Response uploaded = api().postMultipart(token(username), "/api/v1/photos", Map.of(),
                List.of(new Part("photo", "p.png", PNG)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.text("id");
    }

    private String attachedTo(String photo) {
        return jdbc.sql("SELECT case_number FROM intake_photo WHERE id = CAST(:id AS UUID)").param("id", photo)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private long cases(Object clientId) {
        return jdbc.sql("SELECT count(*) FROM casework_case WHERE client_id = :id").param("id", clientId)
                .query(Long.class).single();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
