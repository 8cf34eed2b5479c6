package org.gridloop.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.gridloop.organization.internal.TeamManagement.VendorReference;
import org.gridloop.organization.internal.ContractManagement.ContractForm;
import org.gridloop.organization.internal.QuotaManagement.QuotaForm;
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
 * led by its first member by username, and the demo inspector account {@code inspector} in the 平湖 team. The four outsourced teams
 * each get their vendor and a two-year contract from the start of the previous quarter's year,
 * and every team its quotas for the current and the previous quarter, by the clock at seeding.
 * Every account's password is {@code demo}. All of it goes through the services an administrator
 * uses ({@link DepartmentManagement}, {@link VendorManagement}, {@link TeamManagement},
 * {@link ContractManagement}, {@link QuotaManagement}). Does nothing once the departments exist.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.ORGANIZATION)
class DemoOrganizationSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final DemoInspector DEMO_INSPECTOR = new DemoInspector("inspector", "张伟");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizationSeeder.class);

    private final JdbcClient jdbc;
    private final GridDirectory gridDirectory;
    private final Accounts accounts;
    private final DepartmentManagement departments;
    private final TeamManagement teams;
    private final Workforce workforce;

    /** The services that seed the vendors, contracts and quotas, and the clock that says which quarter it is. */
    record Workforce(VendorManagement vendors, ContractManagement contracts, QuotaManagement quotas, Clock clock) {
    }

    DemoOrganizationSeeder(JdbcClient jdbc, GridDirectory gridDirectory, Accounts accounts,
            DepartmentManagement departments, TeamManagement teams, VendorManagement vendors,
            ContractManagement contracts, QuotaManagement quotas, Clock clock) {
        this.jdbc = jdbc;
        this.gridDirectory = gridDirectory;
        this.accounts = accounts;
        this.departments = departments;
        this.teams = teams;
        this.workforce = new Workforce(vendors, contracts, quotas, clock);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM organization_department").query(Integer.class).single() > 0) {
            return;
        }
        List<NewAccount> newAccounts = new ArrayList<>();
        seedDepartments(newAccounts);
        DemoVendors.ALL.forEach(vendor -> workforce.vendors().create(vendor.vendor()));
        Map<String, List<DemoInspector>> members = seedTeams(newAccounts);
        accounts.createMissing(newAccounts);
        members.forEach((team, inspectors) -> lead(teams.setMembers(team,
                inspectors.stream().map(DemoInspector::username).toList())));
        seedContractsAndQuotas(members);
        log.info("Demo organization: {} departments, {} inspectors (the demo account included), {} accounts",
                DemoDepartments.ALL.size(), members.values().stream().mapToInt(List::size).sum(),
                newAccounts.size());
    }

    /** Makes the team's first member by username its lead, the one who stood in before leads were chosen. */
    private void lead(TeamManagement.Team team) {
        if (!team.members().isEmpty()) {
            teams.update(team.code(), new TeamForm(null, team.name(), team.subdistrictCode(), team.mode(),
                    team.vendor(), team.quarterlyQuota(), team.members().get(0), team.version()));
        }
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
            if (DemoInspectorRoster.shortName(subdistrict).equals(DemoInspectorRoster.DEMO_ACCOUNT_SUBDISTRICT)) {
                team.add(DEMO_INSPECTOR);
            }
            String code = "team-" + subdistrict.code();
            TeamPlan teamPlan = plan.get();
            teams.create(new TeamForm(code, DemoInspectorRoster.shortName(subdistrict) + "街道监督员队",
                    subdistrict.code(), TeamMode.apiName(teamPlan.model()),
                    teamPlan.vendorCode() == null ? null : new VendorReference(teamPlan.vendorCode(), null), null,
                    null, null));
            members.put(code, team);
            team.forEach(member -> newAccounts.add(new NewAccount(member.username(), member.name(),
                    Set.of(Post.INSPECTOR), null, DEMO_PASSWORD)));
        }
        return members;
    }

    /**
     * A contract for each outsourced team and the quotas of every team: per inspector of the
     * generated roster, 300 valid reports in the previous quarter and in the contract, 320 now.
     */
    private void seedContractsAndQuotas(Map<String, List<DemoInspector>> members) {
        Quarter current = Quarter.of(LocalDate.ofInstant(workforce.clock().instant(), SHANGHAI));
        LocalDate contractStart = current.previous().firstDay().withDayOfYear(1);
        for (TeamManagement.Team team : teams.all()) {
            List<DemoInspector> inspectors = members.get(team.code());
            if (inspectors == null) {
                continue;
            }
            int generated = (int) inspectors.stream().filter(member -> !member.equals(DEMO_INSPECTOR)).count();
            if (team.vendor() != null) {
                DemoVendors.DemoVendor vendor = DemoVendors.byCode(team.vendor().code());
                workforce.contracts().create(team.code(), new ContractForm(vendor.code(),
                        "LGCG-" + contractStart.getYear() + "-" + team.subdistrictCode().substring(6),
                        contractStart.toString(), contractStart.plusYears(2).minusDays(1).toString(),
                        vendor.unitPrice(), vendor.deduction(),
                        generated * DemoInspectorRoster.QUARTERLY_QUOTA_PER_INSPECTOR, null));
            }
            workforce.quotas().set(team.code(), current.previous().toString(),
                    new QuotaForm(generated * DemoInspectorRoster.QUARTERLY_QUOTA_PER_INSPECTOR, null));
            workforce.quotas().set(team.code(), current.toString(),
                    new QuotaForm(generated * DemoInspectorRoster.CURRENT_QUOTA_PER_INSPECTOR, null));
        }
    }
}
