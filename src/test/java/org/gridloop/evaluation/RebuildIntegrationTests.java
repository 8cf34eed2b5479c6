package org.gridloop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A full recomputation of the read model from the timelines gives, row for row, what the case
 * events kept up to date (ADR 0049), on cases of March 2036 through the paths of the loop.
 */
@HttpIntegrationTest
class RebuildIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    GridLookup grids;

    @Autowired
    Categories categories;

    @Autowired
    JdbcClient jdbc;

    private ApiClient api;
    private EvaluationScenario scenario;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        scenario = new EvaluationScenario(api, clock, grids, categories);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRebuiltReadModelEqualsTheIncrementalOneRowForRow() {
        List<String> numbers = scenario.variedCases(2036);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String number : numbers) {
                assertThat(lastSequence(number)).as(number + " followed to its last step")
                        .isEqualTo(scenario.timelineLength(number));
            }
        });
        List<Map<String, Object>> cases = rows("evaluation_case", numbers);
        List<Map<String, Object>> steps = rows("evaluation_step", numbers);
        assertThat(steps).as("every step of every case").hasSize(numbers.stream()
                .mapToInt(scenario::timelineLength).sum());
        jdbc.sql("DELETE FROM evaluation_case WHERE number IN (:numbers)").param("numbers", numbers).update();

        Response started = api.post(scenario.token("admin"), "/api/v1/evaluation/rebuild", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api.get(scenario.token("admin"), "/api/v1/evaluation/rebuild/" + id).text("state")).isEqualTo("DONE"));

        Response done = api.get(scenario.token("admin"), "/api/v1/evaluation/rebuild/" + id);
        assertThat(done.json().path("done").asLong()).isEqualTo(done.json().path("total").asLong())
                .isGreaterThanOrEqualTo(numbers.size());
        assertThat(rows("evaluation_case", numbers)).isEqualTo(cases);
        assertThat(rows("evaluation_step", numbers)).isEqualTo(steps);
    }

    @Test
    void onlyAnAdministratorRebuilds() {
        for (String user : List.of("leader", "supervisor", "dispatcher")) {
            assertThat(api.post(scenario.token(user), "/api/v1/evaluation/rebuild", null).status()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api.get(scenario.token("admin"), "/api/v1/evaluation/rebuild/999999").status()).isEqualTo(404);
    }

    private int lastSequence(String number) {
        return jdbc.sql("SELECT last_sequence FROM evaluation_case WHERE number = :number").param("number", number)
                .query(Integer.class).optional().orElse(0);
    }

    private List<Map<String, Object>> rows(String table, List<String> numbers) {
        String order = table.equals("evaluation_step") ? "number, sequence" : "number";
        return jdbc.sql("SELECT * FROM " + table + " WHERE number IN (:numbers) ORDER BY " + order)
                .param("numbers", numbers).query().listOfRows();
    }
}
