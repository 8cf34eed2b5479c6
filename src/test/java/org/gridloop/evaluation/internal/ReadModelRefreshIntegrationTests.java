package org.gridloop.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gridloop.ApiClient;
import org.gridloop.casework.CaseHistories;
import org.gridloop.casework.CaseHistory;
import org.gridloop.casework.CasesImported;
import org.gridloop.catalog.Categories;
import org.gridloop.evaluation.EvaluationScenario;
import org.gridloop.grid.GridLookup;
import org.gridloop.timing.WorkingCalendars;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A refresh replaces a case's rows from its current timeline whatever event asked for it (a case
 * event, a batch of imported cases), and never goes back to a shorter timeline.
 */
@HttpIntegrationTest
class ReadModelRefreshIntegrationTests {

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

    @Autowired
    ReadModelRefresh refresh;

    @Autowired
    CaseRecords records;

    @Autowired
    CaseHistories histories;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private EvaluationScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new EvaluationScenario(new ApiClient(port), clock, grids, categories);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReplayedOrLateRefreshGivesTheRowsOfTheCurrentTimeline() {
        String number = dispatchedCase();
        List<Map<String, Object>> current = rows(number);

        jdbc.sql("UPDATE evaluation_case SET status = 'REPORTED', department_code = NULL WHERE number = :number")
                .param("number", number).update();
        jdbc.sql("DELETE FROM evaluation_step WHERE number = :number AND sequence > 1").param("number", number).update();
        refresh.refresh(List.of(number));

        assertThat(rows(number)).isEqualTo(current);
    }

    @Test
    void aRecordFromAShorterTimelineLeavesTheNewerRows() {
        String number = dispatchedCase();
        List<Map<String, Object>> current = rows(number);
        CaseHistory history = histories.of(List.of(number)).get(0);
        CaseHistory earlier = new CaseHistory(number, history.facts(), history.status(), history.clock(),
                history.timeline().subList(0, 2));

        records.replace(CaseRecord.of(earlier, calendars, (inspector, at) -> null));

        assertThat(rows(number)).isEqualTo(current);
    }

    @Test
    void aBatchOfImportedCasesIsReadFromTheirTimelines() {
        String number = dispatchedCase();
        List<Map<String, Object>> current = rows(number);
        jdbc.sql("DELETE FROM evaluation_case WHERE number = :number").param("number", number).update();

        transactions.executeWithoutResult(
                status -> events.publishEvent(new CasesImported(List.of(number), clock.instant())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows(number)).isEqualTo(current));
    }

    /** A case reported, accepted, registered and dispatched, followed by the read model to its last step. */
    private String dispatchedCase() {
        String number = scenario.inspectorReport("2037-03-02T09:00:00");
        scenario.step("2037-03-02T09:05:00", "operator", number, "accept");
        scenario.step("2037-03-02T09:10:00", "supervisor", number, "register");
        scenario.step("2037-03-02T09:15:00", "dispatcher", number, "dispatch");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT count(*) FROM evaluation_step WHERE number = :number").param("number", number)
                        .query(Integer.class).single()).isEqualTo(4));
        return number;
    }

    private List<Map<String, Object>> rows(String number) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.sql(
                "SELECT * FROM evaluation_case WHERE number = :number").param("number", number).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM evaluation_step WHERE number = :number ORDER BY sequence")
                .param("number", number).query().listOfRows());
        return rows;
    }
}
