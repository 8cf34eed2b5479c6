package org.gridloop.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridloop.grid.GridLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo history and the live simulation on the embedded demo district, with a small quarter
 * (2,000 inspector reports): the cases of the last full quarter as the legacy import writes
 * them, their channels, reporters, classes and timelines, and one simulation tick at a time.
 */
@SpringBootTest(properties = {"gridloop.demo.history=true", "gridloop.demo.history-reports=2000",
        "gridloop.demo.assets=5000", "gridloop.demo.simulation=true", "gridloop.demo.simulation-interval=PT1H"})
class DemoHistoryIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DemoHistory history;

    @Autowired
    DemoSimulation simulation;

    @Autowired
    GridLookup grids;

    private HistoryQuarter quarter() {
        return HistoryQuarter.lastFullBefore(LocalDate.ofInstant(clock.instant(), WorkingHours.SHANGHAI));
    }

    private JdbcClient.StatementSpec inQuarter(String sql) {
        HistoryQuarter quarter = quarter();
        return jdbc.sql(sql).param("from", Timestamp.from(quarter.start())).param("to", Timestamp.from(quarter.end()));
    }

    private long count(String where) {
        return inQuarter("SELECT count(*) FROM casework_case c WHERE c.reported_at >= :from AND c.reported_at < :to AND "
                + where).query(Long.class).single();
    }

    @Test
    void fillsEveryMonthOfTheLastFullQuarterInsideTheGrids() {
        Map<Integer, Long> byMonth = inQuarter("""
                SELECT extract(month FROM reported_at AT TIME ZONE 'Asia/Shanghai')::int AS month, count(*) AS n
                FROM casework_case WHERE reported_at >= :from AND reported_at < :to GROUP BY 1""")
                .query((rs, row) -> Map.entry(rs.getInt("month"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(byMonth).hasSize(3);
        assertThat(byMonth.values()).allSatisfy(n -> assertThat(n).isGreaterThan(500));
        assertThat(count("c.channel = 'INSPECTOR'")).isBetween(1_900L, 2_100L);
        assertThat(count("c.grid_code IS NULL")).isZero();
        List<double[]> sample = inQuarter("SELECT latitude, longitude FROM casework_case WHERE reported_at >= :from "
                + "AND reported_at < :to ORDER BY number LIMIT 200")
                .query((rs, row) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).list();
        assertThat(sample).allSatisfy(point -> assertThat(grids.locate(point[0], point[1])).isPresent());
    }

    @Test
    void mixesTheChannelsAndMostInspectorReportsComeFromOutsourcedTeams() {
        long all = count("TRUE");
        long inspector = count("c.channel = 'INSPECTOR'");
        long outsourced = count("""
                c.channel = 'INSPECTOR' AND EXISTS (SELECT 1 FROM organization_inspector i
                JOIN organization_inspector_team t ON t.code = i.team_code
                WHERE i.username = c.reporter AND t.model = 'OUTSOURCED')""");

        assertThat((double) inspector / all).isBetween(0.85, 0.95);
        assertThat(count("c.channel = 'HOTLINE'")).isGreaterThan(count("c.channel = 'PUBLIC'"));
        assertThat(List.of("PUBLIC", "SMS", "OPEN311", "LEADER"))
                .allSatisfy(channel -> assertThat(count("c.channel = '" + channel + "'")).as(channel).isPositive());
        assertThat((double) outsourced / inspector).isGreaterThan(0.55);
    }

    @Test
    void skewsTheClassesTowardsGarbageStreetVendingAndManholeCovers() {
        long all = count("TRUE");
        long dominant = count("(c.category_name LIKE '%暴露垃圾%' OR c.category_name LIKE '%乱堆%' "
                + "OR c.category_name LIKE '%占道经营%' OR c.category_name LIKE '%井盖%')");
        long classes = inQuarter("SELECT count(DISTINCT category_code) FROM casework_case WHERE reported_at >= :from "
                + "AND reported_at < :to").query(Long.class).single();

        assertThat((double) dominant / all).isGreaterThan(0.3);
        assertThat(classes).isGreaterThan(50);
    }

    @Test
    void takesCasesAroundTheLoopWithLateStagesReturnsEndsAndOpenCasesAtTheQuartersEnd() {
        long closed = count("c.status = 'CLOSED'");
        long lateHandling = count("EXISTS (SELECT 1 FROM casework_timeline_entry e WHERE e.case_id = c.id "
                + "AND e.action = 'REPORT_HANDLED' AND e.on_time = false)");
        long open = count("c.status IN ('REPORTED', 'ACCEPTED', 'REGISTERED', 'DISPATCHED', 'HANDLED', 'CHECKING', "
                + "'CHECKED')");
        long openEarly = inQuarter("SELECT count(*) FROM casework_case WHERE reported_at >= :from "
                + "AND reported_at < CAST(:to AS timestamptz) - interval '20 days' AND status IN ('REPORTED', 'ACCEPTED', 'REGISTERED', "
                + "'DISPATCHED', 'HANDLED', 'CHECKING', 'CHECKED')").query(Long.class).single();

        assertThat((double) closed / count("TRUE")).isGreaterThan(0.85);
        assertThat(lateHandling).isPositive();
        assertThat(count("c.return_count > 0")).isPositive();
        assertThat(List.of("REJECTED", "DECLINED", "DISCARDED"))
                .allSatisfy(status -> assertThat(count("c.status = '" + status + "'")).as(status).isPositive());
        assertThat(open).isPositive();
        assertThat(openEarly).isZero();
        assertThat(count("c.department_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM organization_department d "
                + "WHERE d.code = c.department_code)")).isZero();
    }

    @Test
    void numbersTheCasesFromTheLiveNumberingAndGeneratesNothingOnALaterStart() {
        long before = count("TRUE");
        long highest = jdbc.sql("SELECT max(substring(number FROM 5)::bigint) FROM casework_case").query(Long.class)
                .single();
        long sequence = jdbc.sql("SELECT last_value FROM casework_case_number_seq").query(Long.class).single();

        history.run(null);

        assertThat(count("TRUE")).isEqualTo(before);
        assertThat(sequence).isGreaterThanOrEqualTo(highest);
    }

    @Test
    void aTickFilesAReportAsADemoInspectorAndTheNextMovesItOn() {
        DemoSimulation.Tick first = simulation.tick();

        assertThat(first.filed()).isNotNull();
        Map<String, Object> filed = jdbc.sql("SELECT status, channel, reporter, grid_code FROM casework_case "
                + "WHERE number = :number").param("number", first.filed()).query().singleRow();
        assertThat(filed).containsEntry("status", "REPORTED").containsEntry("channel", "INSPECTOR");
        assertThat(filed.get("grid_code")).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM organization_inspector WHERE username = :username")
                .param("username", filed.get("reporter")).query(Long.class).single()).isEqualTo(1);

        DemoSimulation.Tick second = simulation.tick();

        assertThat(second.steps()).contains(first.filed() + " ACCEPT");
        assertThat(jdbc.sql("SELECT status FROM casework_case WHERE number = :number").param("number", first.filed())
                .query(String.class).single()).isEqualTo("ACCEPTED");
    }
}
