package org.gridloop.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoOrganizationSeederIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Departments departments;

    @Autowired
    DemoOrganizationSeeder seeder;

    @Test
    void createsTheSixteenDepartmentsWithTheSubdistrictOfficeAsFallback() {
        assertThat(departments.all()).extracting(Department::code).containsExactly("drainage", "enforcement",
                "environment", "gas", "greening", "housing", "lighting", "market", "planning", "power", "roads",
                "sanitation", "subdistrict", "telecom", "traffic-police", "water");
        assertThat(departments.find("water")).contains(new Department("water", "深圳市水务（集团）有限公司龙岗分公司",
                "Shenzhen Water Group, Longgang Branch"));
        assertThat(departments.find("WATER")).isEmpty();
    }

    record TeamSize(String name, String model, String vendorName, int members, int quarterlyQuota) {
    }

    @Test
    void createsOneTeamPerSubdistrictWith773InspectorsOfWhich336WorkForVendorsInFourSubdistricts() {
        List<TeamSize> teams = jdbc.sql("""
                SELECT t.name, t.model, v.name AS vendor_name, count(i.username) AS members,
                       (SELECT q.quota FROM organization_team_quota q WHERE q.team_code = t.code
                        ORDER BY q.quarter DESC LIMIT 1) AS quarterly_quota
                FROM organization_inspector_team t JOIN organization_inspector i ON i.team_code = t.code
                LEFT JOIN organization_vendor v ON v.code = t.vendor_code
                WHERE i.username <> 'inspector'
                GROUP BY t.code, v.name ORDER BY t.subdistrict_code""").query(TeamSize.class).list();

        assertThat(teams).hasSize(13);
        assertThat(teams.stream().mapToInt(TeamSize::members).sum()).isEqualTo(773);
        assertThat(teams).filteredOn(team -> team.model().equals("OUTSOURCED"))
                .allSatisfy(team -> assertThat(team.vendorName()).endsWith("有限公司"))
                .extracting(TeamSize::name)
                .containsExactly("平湖街道监督员队", "坂田街道监督员队", "龙岗街道监督员队", "坪地街道监督员队");
        assertThat(members(teams, "OUTSOURCED")).isEqualTo(336);
        assertThat(teams).filteredOn(team -> team.model().equals("SELF_ORGANIZED"))
                .allSatisfy(team -> assertThat(team.vendorName()).isNull());
        assertThat(members(teams, "SELF_ORGANIZED")).isEqualTo(437);
        assertThat(teams).allSatisfy(team ->
                assertThat(team.quarterlyQuota()).isGreaterThanOrEqualTo(300 * team.members()));
    }

    @Autowired
    TeamManagement teams;

    @Test
    void leadsEveryTeamByItsFirstMemberByUsernameAsBeforeLeadsWereChosen() {
        assertThat(teams.all()).filteredOn(team -> team.code().startsWith("team-440307")).hasSize(13)
                .allSatisfy(team -> assertThat(team.lead()).isEqualTo(team.members().get(0)));
        assertThat(teams.find("team-440307001").orElseThrow().lead()).isEqualTo("i001-001");
    }

    @Autowired
    ContractManagement contracts;

    @Autowired
    QuotaManagement quotas;

    @Autowired
    Clock clock;

    @Test
    void givesEachOutsourcedTeamItsVendorAndAContractAndEveryTeamQuotasForThisAndThePreviousQuarter() {
        Quarter current = Quarter.of(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")));

        List<TeamManagement.Team> demoTeams = teams.all().stream()
                .filter(team -> team.code().startsWith("team-4403070")).toList();
        assertThat(demoTeams).hasSize(13);
        for (TeamManagement.Team team : demoTeams) {
            int generated = (int) team.members().stream().filter(member -> !member.equals("inspector")).count();
            for (Quarter quarter : List.of(current.previous(), current)) {
                QuotaManagement.QuarterQuota quota = quotas.of(team.code(), quarter.toString());
                assertThat(quota.source()).as(team.code() + " " + quarter).isEqualTo(QuotaManagement.Source.QUARTER);
                assertThat(quota.quota()).isEqualTo(generated * (quarter.equals(current) ? 320 : 300));
            }
            if (team.mode().equals("outsourced")) {
                assertThat(contracts.ofTeam(team.code())).singleElement().satisfies(contract -> {
                    assertThat(contract.vendor()).isEqualTo(team.vendor());
                    assertThat(contract.covers(current.previous().firstDay()) && contract.covers(current.lastDay()))
                            .isTrue();
                    assertThat(contract.quarterlyQuota()).isEqualTo(generated * 300);
                    assertThat(contract.unitPrice()).isPositive();
                });
                assertThat(quotas.of(team.code(), current.next().next().toString()).source())
                        .isEqualTo(QuotaManagement.Source.CONTRACT);
            } else {
                assertThat(team.vendor()).isNull();
                assertThat(contracts.ofTeam(team.code())).isEmpty();
                assertThat(quotas.of(team.code(), current.next().next().toString()).quota()).isNull();
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM organization_vendor WHERE credit_code IS NOT NULL")
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void putsTheDemoInspectorInThePinghuTeamBesidesThe773() {
        assertThat(jdbc.sql("""
                SELECT t.name FROM organization_inspector i JOIN organization_inspector_team t ON t.code = i.team_code
                WHERE i.username = 'inspector'""").query(String.class).single()).isEqualTo("平湖街道监督员队");
        assertThat(jdbc.sql("SELECT count(*) FROM organization_inspector").query(Integer.class).single()).isEqualTo(774);
    }

    @Test
    void namesInspectorsAfterTheirSubdistrictAndSequence() {
        assertThat(jdbc.sql("""
                SELECT i.username FROM organization_inspector i JOIN organization_inspector_team t ON t.code = i.team_code
                WHERE t.subdistrict_code = '440307013' ORDER BY i.username""").query(String.class).list())
                .hasSize(26).startsWith("i013-001", "i013-002").endsWith("i013-026");
        assertThat(jdbc.sql("SELECT name FROM organization_inspector WHERE username <> 'inspector'")
                .query(String.class).list()).allMatch(name -> name.matches("\\p{IsHan}{2,3}"));
    }

    @Test
    void createsLoginAccountsForInspectorsAndDepartmentHandlers() {
        Map<String, Integer> accountsByPost = jdbc.sql("SELECT posts[1] AS post, count(*) AS n FROM identity_user GROUP BY post")
                .query(rs -> {
                    Map<String, Integer> counts = new HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString("post"), rs.getInt("n"));
                    }
                    return counts;
                });
        assertThat(accountsByPost).containsEntry("INSPECTOR", 774).containsEntry("DEPARTMENT_HANDLER", 16);
        assertThat(jdbc.sql("SELECT display_name FROM identity_user WHERE username = 'inspector'")
                .query(String.class).single()).isEqualTo("张伟");
        assertThat(jdbc.sql("SELECT department_code FROM identity_user WHERE username = 'handler-traffic-police'")
                .query(String.class).single()).isEqualTo("traffic-police");
    }

    @Test
    void leavesTheOrganizationAsItIsOnASecondRun() {
        String before = fingerprint();

        seeder.run(null);

        assertThat(fingerprint()).isEqualTo(before);
    }

    private static int members(List<TeamSize> teams, String model) {
        return teams.stream().filter(team -> team.model().equals(model)).mapToInt(TeamSize::members).sum();
    }

    private String fingerprint() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM organization_department) || '/' ||
                       (SELECT count(*) FROM organization_inspector_team) || '/' ||
                       (SELECT count(*) FROM organization_vendor) || '/' ||
                       (SELECT count(*) FROM organization_team_contract) || '/' ||
                       (SELECT string_agg(team_code || quarter || quota, ',' ORDER BY team_code, quarter)
                        FROM organization_team_quota) || '/' ||
                       (SELECT string_agg(username || name, ',' ORDER BY username) FROM organization_inspector) || '/' ||
                       (SELECT string_agg(username || password_hash, ',' ORDER BY username) FROM identity_user)""")
                .query(String.class).single();
    }
}
