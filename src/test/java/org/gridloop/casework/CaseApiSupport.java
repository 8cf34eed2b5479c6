package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.gridloop.DemoDistrictApiSupport;
import org.gridloop.ApiClient.Response;

/**
 * The demo district behind a real HTTP server, with the demo accounts signed in, and reports
 * filed as the demo inspector.
 */
abstract class CaseApiSupport extends DemoDistrictApiSupport {

    CaseApiSupport() {
        super(7);
    }

    Map<String, Object> reportBody(double[] point) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", incidentCode());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("accuracyMeters", 5);
        body.put("address", "测试路 1 号");
        body.put("description", "路面有积水");
        body.put("clientId", UUID.randomUUID().toString());
        return body;
    }

    /** Reports as the demo inspector and returns the new case number. */
    String report() {
        Response response = api().post(token("inspector"), "/api/v1/reports", reportBody(pointInGrids()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }
}
