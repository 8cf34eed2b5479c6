package org.gridloop.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.gridloop.organization.internal.DepartmentManagement.DepartmentForm;
import org.gridloop.organization.internal.TeamManagement.TeamForm;
import org.gridloop.organization.internal.TeamManagement.Vendor;
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
 * is {@code demo}. Departments and teams are created through {@link DepartmentManagement} and
 * {@link TeamManagement}, as an administrator creates them. Does nothing once the departments exist.
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
    private final DepartmentManagement departments;
    private final TeamManagement teams;

    DemoOrganizationSeeder(JdbcClient jdbc, GridDirectory gridDirectory, Accounts accounts,
            DepartmentManagement departments, TeamManagement teams) {
        this.jdbc = jdbc;
        this.gridDirectory = gridDirectory;
        this.accounts = accounts;
        this.departments = departments;
        this.teams = teams;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM organization_department").query(Integer.class).single() > 0) {
            return;
        }
        List<NewAccount> newAccounts = new ArrayList<>();
        seedDepartments(newAccounts);
        Map<String, List<DemoInspector>> members = seedTeams(newAccounts);
        accounts.createMissing(newAccounts);
        members.forEach((team, inspectors) ->
                teams.setMembers(team, inspectors.stream().map(DemoInspector::username).toList()));
        log.info("Demo organization: {} departments, {} inspectors (the demo account included), {} accounts",
                DemoDepartments.ALL.size(), members.values().stream().mapToInt(List::size).sum(),
                newAccounts.size());
    }

    private void seedDepartments(List<NewAccount> newAccounts) {
        for (DemoDepartment demo : DemoDepartments.ALL) {
            Department department = demo.department();
            departments.create(new DepartmentForm(department.code(), department.name(), department.nameEn(),
                    null, null, null));
            newAccounts.add(new NewAccount("handler-" + department.code(), demo.shortLabel() + "处置员",
                    Set.of(Post.DEPARTMENT_HANDLER), department.code(), DEMO_PASSWORD));
        }
    }

    /** Creates one team per subdistrict; the members of each team by its code, to add once their accounts exist. */
    private Map<String, List<DemoInspector>> seedTeams(List<NewAccount> newAccounts) {
        DemoInspectorRoster roster = new DemoInspectorRoster();
        Map<String, List<DemoInspector>> members = new LinkedHashMap<>();
        for (Subdistrict subdistrict : gridDirectory.subdistricts()) {
            Optional<TeamPlan> plan = DemoInspectorRoster.planFor(subdistrict);
            if (plan.isEmpty()) {
                log.warn("No demo inspector team planned for subdistrict {} {}", subdistrict.code(), subdistrict.name());
                continue;
            }
            List<DemoInspector> team = new ArrayList<>(roster.members(subdistrict, plan.get()));
            int quota = team.size() * DemoInspectorRoster.QUARTERLY_QUOTA_PER_INSPECTOR;
            if (DemoInspectorRoster.shortName(subdistrict).equals(DemoInspectorRoster.DEMO_ACCOUNT_SUBDISTRICT)) {
                team.add(DEMO_INSPECTOR);
            }
            String code = "team-" + subdistrict.code();
            TeamPlan teamPlan = plan.get();
            teams.create(new TeamForm(code, DemoInspectorRoster.shortName(subdistrict) + "街道监督员队",
                    subdistrict.code(), TeamMode.apiName(teamPlan.model()),
                    teamPlan.vendorName() == null ? null : new Vendor(teamPlan.vendorName()), quota, null));
            members.put(code, team);
            team.forEach(member -> newAccounts.add(new NewAccount(member.username(), member.name(),
                    Set.of(Post.INSPECTOR), null, DEMO_PASSWORD)));
        }
        return members;
    }
}
