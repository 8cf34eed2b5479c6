package org.gridloop.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.grid.GridDirectory;
import org.gridloop.identity.Account;
import org.gridloop.identity.Accounts;
import org.gridloop.identity.Post;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes of the inspector teams (监督员队伍): create and edit a team of a
 * subdistrict, self-organized (自行组建) or run by a vendor (信息采集市场化), and set its members,
 * who are inspector accounts, each in one team at most, and choose its lead (队长) among them.
 * Work grids then assign the members to the grids they patrol. Every change is audited.
 */
@Service
public class TeamManagement {

    /**
     * The vendor (信息采集服务商) that supplies an outsourced team's inspectors now. A form names
     * it by its code or, when no code is given, by its name; a team shows both.
     */
    public record VendorReference(String code, String name) {
    }

    /**
     * A team as an administrator enters it.
     *
     * @param mode           {@code self-organized} or {@code outsourced}; an outsourced team names its vendor
     * @param quarterlyQuota the team's default quota (达标量): the valid reports expected in a quarter
     *                       that has neither a quota of its own nor a contract giving one; {@code null}
     *                       when there is none
     * @param lead           the username of the team's lead (队长), an active member of the team;
     *                       {@code null} when none is chosen (an edit without it clears it)
     * @param version        the version the edit is based on; when given and no longer current, refused
     */
    public record TeamForm(String code, String name, String subdistrictCode, String mode, VendorReference vendor,
            Integer quarterlyQuota, String lead, Integer version) {
    }

    /**
     * A team as it is stored, with its members' usernames in order.
     *
     * @param lead the username of the team's lead (队长), one of its members; {@code null} when none is chosen
     */
    public record Team(String code, String name, String subdistrictCode, String mode, VendorReference vendor,
            Integer quarterlyQuota, List<String> members, String lead, int version) {
    }

    private static final int NAME_LENGTH = 100;
    private static final String SELECT = """
            SELECT t.code, t.name, t.subdistrict_code, t.model, t.vendor_code, v.name AS vendor_name,
                   t.quarterly_quota, t.lead_username, t.version
            FROM organization_inspector_team t LEFT JOIN organization_vendor v ON v.code = t.vendor_code
            """;
    private static final int MAX_MEMBERS = 2_000;

    private final JdbcClient jdbc;
    private final GridDirectory grids;
    private final Accounts accounts;
    private final VendorManagement vendors;
    private final ApplicationEventPublisher events;

    TeamManagement(JdbcClient jdbc, GridDirectory grids, Accounts accounts, VendorManagement vendors,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.accounts = accounts;
        this.vendors = vendors;
        this.events = events;
    }

    /** Every team with its members, ordered by code. */
    public List<Team> all() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT team_code, username FROM organization_inspector ORDER BY team_code, username")
                .query(rs -> {
                    members.computeIfAbsent(rs.getString("team_code"), code -> new ArrayList<>())
                            .add(rs.getString("username"));
                });
        return jdbc.sql(SELECT + "ORDER BY t.code")
                .query((rs, n) -> team(rs, members.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    public Optional<Team> find(String code) {
        String team = FieldChecks.strip(code);
        return jdbc.sql(SELECT + "WHERE t.code = :code")
                .param("code", team)
                .query((rs, n) -> team(rs, members(rs.getString("code"))))
                .optional();
    }

    @Transactional
    public Team create(TeamForm form) {
        FieldChecks checks = new FieldChecks();
        String code = FieldChecks.strip(form.code());
        checks.code("code", code);
        Team team = checked(code, form, List.of(), List.of(), 0, checks);
        if (find(code).isPresent()) {
            throw codeTaken(code);
        }
        try {
            jdbc.sql("""
                    INSERT INTO organization_inspector_team (code, name, subdistrict_code, model, vendor_code, quarterly_quota)
                    VALUES (:code, :name, :subdistrict, :model, :vendor, :quota)""")
                    .param("code", code).param("name", team.name()).param("subdistrict", team.subdistrictCode())
                    .param("model", model(team).name()).param("vendor", vendorCode(team))
                    .param("quota", team.quarterlyQuota())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw codeTaken(code);
        }
        events.publishEvent(AuditedChange.of("team", code, "create", null, team));
        return team;
    }

    @Transactional
    public Team update(String code, TeamForm form) {
        Team before = existing(code);
        FieldChecks checks = new FieldChecks();
        String given = FieldChecks.strip(form.code());
        if (given != null && !given.equals(before.code())) {
            checks.add("code", "organization.code.fixed", "the code of a team cannot change");
        }
        Team after = checked(before.code(), form, before.members(), activeMembers(before.code()),
                before.version() + 1, checks);
        if (form.version() != null && form.version() != before.version()) {
            throw stale(before);
        }
        int updated = jdbc.sql("""
                UPDATE organization_inspector_team
                SET name = :name, subdistrict_code = :subdistrict, model = :model, vendor_code = :vendor,
                    quarterly_quota = :quota, lead_username = :lead, version = version + 1
                WHERE code = :code AND version = :version
                  AND (CAST(:lead AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM organization_inspector i
                       WHERE i.username = :lead AND i.team_code = :code AND i.active))""")
                .param("name", after.name()).param("subdistrict", after.subdistrictCode())
                .param("model", model(after).name()).param("vendor", vendorCode(after))
                .param("quota", after.quarterlyQuota()).param("lead", after.lead()).param("code", before.code())
                .param("version", before.version())
                .update();
        if (updated == 0) {
            throw stale(before);
        }
        events.publishEvent(AuditedChange.of("team", before.code(), "update", before, after));
        return after;
    }

    /**
     * Makes the usernames the team's members, in this order: each an inspector account that is in
     * no other team. Members left out leave the team; when the lead leaves, the team has no lead
     * any more, which is a change of the team and so a new version.
     */
    @Transactional
    public Team setMembers(String code, List<String> usernames) {
        Team before = existing(code);
        Set<String> wanted = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (usernames == null) {
            problems.add(new FieldProblem("members", "field.required", "required"));
        } else if (usernames.size() > MAX_MEMBERS) {
            problems.add(new FieldProblem("members", "organization.team.too-many", "at most " + MAX_MEMBERS));
        } else {
            for (int i = 0; i < usernames.size(); i++) {
                String username = FieldChecks.strip(usernames.get(i));
                String field = "members[" + i + "]";
                Optional<Account> account = username == null ? Optional.empty() : accounts.find(username);
                if (account.isEmpty()) {
                    problems.add(new FieldProblem(field, "organization.team.member-unknown", "no such account"));
                } else if (!account.get().holds(Post.INSPECTOR)) {
                    problems.add(new FieldProblem(field, "organization.team.member-not-inspector",
                            "the account holds no inspector post"));
                } else if (!wanted.add(username)) {
                    problems.add(new FieldProblem(field, "organization.team.member-repeated", "named twice"));
                }
            }
        }
        Map<String, String> elsewhere = otherTeams(before.code(), wanted);
        List<String> wantedList = new ArrayList<>(wanted);
        elsewhere.forEach((username, team) -> problems.add(new FieldProblem(
                "members[" + usernames.indexOf(username) + "]", "organization.team.member-elsewhere",
                "already in team " + team)));
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "organization.team.members-invalid",
                    "The members are not valid", problems);
        }
        Map<String, String> names = accounts.displayNames(wanted);
        boolean leadLeft = jdbc.sql("""
                UPDATE organization_inspector_team SET lead_username = NULL, version = version + 1
                WHERE code = :team AND lead_username IS NOT NULL AND NOT (lead_username = ANY(:usernames))""")
                .param("team", before.code()).param("usernames", wantedList.toArray(String[]::new)).update() > 0;
        jdbc.sql("DELETE FROM organization_inspector WHERE team_code = :team AND NOT (username = ANY(:usernames))")
                .param("team", before.code()).param("usernames", wantedList.toArray(String[]::new)).update();
        for (String username : wantedList) {
            jdbc.sql("""
                    INSERT INTO organization_inspector (username, name, team_code) VALUES (:username, :name, :team)
                    ON CONFLICT (username) DO UPDATE SET name = excluded.name, active = TRUE""")
                    .param("username", username).param("name", names.getOrDefault(username, username))
                    .param("team", before.code())
                    .update();
        }
        Team after = find(before.code()).orElseThrow();
        if (!after.members().equals(before.members()) || leadLeft) {
            events.publishEvent(AuditedChange.of("team", before.code(), "members",
                    membersAndLead(before, leadLeft), membersAndLead(after, leadLeft)));
        }
        return after;
    }

    /**
     * The team's members and, when the lead left with them, its lead (a {@code null} after), as
     * the audit records a change of the members.
     */
    private static Map<String, Object> membersAndLead(Team team, boolean leadLeft) {
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("members", team.members());
        if (leadLeft) {
            recorded.put("lead", team.lead());
        }
        return recorded;
    }

    private Team checked(String code, TeamForm form, List<String> members, List<String> activeMembers, int version,
            FieldChecks checks) {
        String name = FieldChecks.strip(form.name());
        checks.text("name", name, NAME_LENGTH, true);
        String subdistrict = FieldChecks.strip(form.subdistrictCode());
        if (subdistrict == null) {
            checks.add("subdistrictCode", "field.required", "required");
        } else if (grids.subdistricts().stream().noneMatch(known -> known.code().equals(subdistrict))) {
            checks.add("subdistrictCode", "organization.subdistrict.unknown", "no such subdistrict");
        }
        String modeName = FieldChecks.strip(form.mode());
        TeamModel model = modeName == null ? null : TeamMode.ofApiName(modeName).orElse(null);
        if (model == null) {
            checks.add("mode", "organization.team.mode", "self-organized or outsourced");
        }
        VendorReference vendor = vendors.namedByTeam(model, form.vendor(), checks);
        Integer quota = form.quarterlyQuota();
        if (quota != null && quota < 0) {
            checks.add("quarterlyQuota", "organization.team.quota", "0 or more");
        }
        String lead = FieldChecks.strip(form.lead());
        if (lead != null && !activeMembers.contains(lead)) {
            checks.add("lead", "organization.team.lead-not-member", "not an active member of this team");
        }
        checks.refuseIfAny("organization.team.invalid", "The team is not valid");
        return new Team(code, name, subdistrict, TeamMode.apiName(model), vendor, quota, members, lead, version);
    }

    private Map<String, String> otherTeams(String team, Set<String> usernames) {
        Map<String, String> elsewhere = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return elsewhere;
        }
        jdbc.sql("""
                SELECT username, team_code FROM organization_inspector
                WHERE username = ANY(:usernames) AND team_code <> :team ORDER BY username""")
                .param("usernames", usernames.toArray(String[]::new)).param("team", team)
                .query(rs -> {
                    elsewhere.put(rs.getString("username"), rs.getString("team_code"));
                });
        return elsewhere;
    }

    private List<String> members(String team) {
        return jdbc.sql("SELECT username FROM organization_inspector WHERE team_code = :team ORDER BY username")
                .param("team", team).query(String.class).list();
    }

    private List<String> activeMembers(String team) {
        return jdbc.sql("SELECT username FROM organization_inspector WHERE team_code = :team AND active ORDER BY username")
                .param("team", team).query(String.class).list();
    }

    private Team existing(String code) {
        return find(code).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "organization.team.unknown", "No such team", code));
    }

    private static Team team(ResultSet rs, List<String> members) throws SQLException {
        String vendor = rs.getString("vendor_code");
        Object quota = rs.getObject("quarterly_quota");
        return new Team(rs.getString("code"), rs.getString("name"), rs.getString("subdistrict_code"),
                TeamMode.apiName(TeamModel.valueOf(rs.getString("model"))),
                vendor == null ? null : new VendorReference(vendor, rs.getString("vendor_name")),
                quota == null ? null : ((Number) quota).intValue(), List.copyOf(members), rs.getString("lead_username"),
                rs.getInt("version"));
    }

    private static TeamModel model(Team team) {
        return TeamMode.ofApiName(team.mode()).orElseThrow();
    }

    private static String vendorCode(Team team) {
        return team.vendor() == null ? null : team.vendor().code();
    }

    private static DomainException codeTaken(String code) {
        return DomainException.taken("code", "organization.team.code-taken", code);
    }

    private static DomainException stale(Team current) {
        return DomainException.stale("organization.team.stale", "team", current.version());
    }
}
