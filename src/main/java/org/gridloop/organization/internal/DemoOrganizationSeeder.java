package org.gridloop.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.gridloop.identity.Accounts;
import org.gridloop.identity.NewAccount;
import org.gridloop.identity.Post;
import org.gridloop.organization.Department;
import org.gridloop.organization.internal.DemoDepartments.DemoDepartment;
import org.gridloop.organization.internal.DemoInspectorRoster.DemoInspector;
import org.gridloop.organization.internal.DemoInspectorRoster.TeamPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the organization of the demo district: the 16 departments with one handler account
 * each ({@code handler-<department code>}), one inspector team per subdistrict with its members,
 * and the demo inspector account {@code inspector} in the 平湖 team. Every account's password
 * is {@code demo}. Does nothing once the departments exist.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.ORGANIZATION)
class DemoOrganizationSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final DemoInspector DEMO_INSPECTOR = new DemoInspector("inspector", "张伟");

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizationSeeder.class);

    private final JdbcClient jdbc;
    private final GridDirectory gridDirectory;
    private final Accounts accounts;

    DemoOrganizationSeeder(JdbcClient jdbc, GridDirectory gridDirectory, Accounts accounts) {
        this.jdbc = jdbc;
        this.gridDirectory = gridDirectory;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM organization_department").query(Integer.class).single() > 0) {
            return;
        }
        List<NewAccount> newAccounts = new ArrayList<>();
        seedDepartments(newAccounts);
        int inspectors = seedTeams(newAccounts);
        accounts.createMissing(newAccounts);
        log.info("Demo organization: {} departments, {} inspectors, {} accounts",
                DemoDepartments.ALL.size(), inspectors, newAccounts.size());
    }

    private void seedDepartments(List<NewAccount> newAccounts) {
        for (DemoDepartment demo : DemoDepartments.ALL) {
            Department department = demo.department();
            jdbc.sql("INSERT INTO organization_department (code, name, name_en) VALUES (:code, :name, :nameEn)")
                    .param("code", department.code())
                    .param("name", department.name())
                    .param("nameEn", department.nameEn())
                    .update();
            newAccounts.add(new NewAccount("handler-" + department.code(), demo.shortLabel() + "处置员",
                    Set.of(Post.DEPARTMENT_HANDLER), department.code(), DEMO_PASSWORD));
        }
    }

    /** @return the number of generated inspectors, the demo account not counted */
    private int seedTeams(List<NewAccount> newAccounts) {
        DemoInspectorRoster roster = new DemoInspectorRoster();
        int inspectors = 0;
        for (Subdistrict subdistrict : gridDirectory.subdistricts()) {
            Optional<TeamPlan> plan = DemoInspectorRoster.planFor(subdistrict);
            if (plan.isEmpty()) {
                log.warn("No demo inspector team planned for subdistrict {} {}", subdistrict.code(), subdistrict.name());
                continue;
            }
            List<DemoInspector> members = new ArrayList<>(roster.members(subdistrict, plan.get()));
            inspectors += members.size();
            if (DemoInspectorRoster.shortName(subdistrict).equals(DemoInspectorRoster.DEMO_ACCOUNT_SUBDISTRICT)) {
                members.add(DEMO_INSPECTOR);
            }
            insertTeam(subdistrict, plan.get(), members);
            members.forEach(member -> newAccounts.add(new NewAccount(member.username(), member.name(),
                    Set.of(Post.INSPECTOR), null, DEMO_PASSWORD)));
        }
        return inspectors;
    }

    private void insertTeam(Subdistrict subdistrict, TeamPlan plan, List<DemoInspector> members) {
        String team = "team-" + subdistrict.code();
        jdbc.sql("""
                INSERT INTO organization_inspector_team (code, name, subdistrict_code, model, vendor_name, quarterly_quota)
                VALUES (:code, :name, :subdistrict, :model, :vendor, :quota)""")
                .param("code", team)
                .param("name", DemoInspectorRoster.shortName(subdistrict) + "街道监督员队")
                .param("subdistrict", subdistrict.code())
                .param("model", plan.model().name())
                .param("vendor", plan.vendorName())
                .param("quota", members.size() * DemoInspectorRoster.QUARTERLY_QUOTA_PER_INSPECTOR)
                .update();
        for (DemoInspector member : members) {
            jdbc.sql("INSERT INTO organization_inspector (username, name, team_code) VALUES (:username, :name, :team)")
                    .param("username", member.username())
                    .param("name", member.name())
                    .param("team", team)
                    .update();
        }
    }
}
