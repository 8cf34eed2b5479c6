package org.gridloop.organization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.organization.internal.TeamManagement.Team;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotas (达标量) of the teams per quarter: the valid reports expected of a team in one
 * quarter. A quarter's quota is the one set for it; else that of the team's contract covering
 * the most days of the quarter; else the team's default quota; else there is none. Every change
 * is audited.
 */
@Service
public class QuotaManagement {

    /** Where a quarter's quota comes from. */
    public enum Source {
        /** Set for the quarter. */
        QUARTER,
        /** The quarterly quota of the team's contract covering the quarter. */
        CONTRACT,
        /** The team's default quarterly quota. */
        TEAM
    }

    /**
     * The quota of one team in one quarter.
     *
     * @param quota      the valid reports expected, {@code null} when there is none
     * @param source     where it comes from, {@code null} when there is none
     * @param contractId the contract it comes from, when it does
     * @param version    how often the quarter's own quota was set; 0 when never
     */
    public record QuarterQuota(String teamCode, Quarter quarter, Integer quota, Source source, Long contractId,
            int version) {
    }

    /**
     * A quota as an administrator sets it.
     *
     * @param version the version the change is based on (0 when the quarter had no quota of its
     *                own); when given and no longer current, refused
     */
    public record QuotaForm(Integer quota, Integer version) {
    }

    private static final int MAX_QUOTA = 10_000_000;

    private final JdbcClient jdbc;
    private final TeamManagement teams;
    private final ApplicationEventPublisher events;

    QuotaManagement(JdbcClient jdbc, TeamManagement teams, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.events = events;
    }

    /** The team's quota of the quarter written {@code yyyy-Qn}. */
    public QuarterQuota of(String teamCode, String quarter) {
        Quarter parsed = quarter(quarter);
        return of(existing(teamCode), parsed);
    }

    /** The quarters that have a quota of their own, the earliest first. */
    public List<QuarterQuota> set(String teamCode) {
        Team team = existing(teamCode);
        return jdbc.sql("SELECT quarter, quota, version FROM organization_team_quota WHERE team_code = :team ORDER BY quarter")
                .param("team", team.code())
                .query((rs, n) -> new QuarterQuota(team.code(), Quarter.parse(rs.getString("quarter")).orElseThrow(),
                        rs.getInt("quota"), Source.QUARTER, null, rs.getInt("version")))
                .list();
    }

    @Transactional
    public QuarterQuota set(String teamCode, String quarter, QuotaForm form) {
        Quarter parsed = quarter(quarter);
        Team team = existing(teamCode);
        Integer quota = form.quota();
        if (quota == null) {
            throw DomainException.invalidField("quota", "field.required", "required");
        }
        if (quota < 0 || quota > MAX_QUOTA) {
            throw DomainException.invalidField("quota", "organization.quota.range", "0 to " + MAX_QUOTA);
        }
        QuarterQuota before = of(team, parsed);
        if (form.version() != null && form.version() != before.version()) {
            throw stale(before);
        }
        int written = before.version() == 0
                ? jdbc.sql("""
                        INSERT INTO organization_team_quota (team_code, quarter, quota) VALUES (:team, :quarter, :quota)
                        ON CONFLICT DO NOTHING""")
                        .param("team", team.code()).param("quarter", parsed.toString()).param("quota", quota).update()
                : jdbc.sql("""
                        UPDATE organization_team_quota SET quota = :quota, version = version + 1
                        WHERE team_code = :team AND quarter = :quarter AND version = :version""")
                        .param("team", team.code()).param("quarter", parsed.toString()).param("quota", quota)
                        .param("version", before.version()).update();
        if (written == 0) {
            throw stale(of(team, parsed));
        }
        QuarterQuota after = of(team, parsed);
        events.publishEvent(AuditedChange.of("quota", team.code() + "/" + parsed, "update", summary(before),
                summary(after)));
        return after;
    }

    /** Removes the quarter's own quota, so that the contract's or the team's default applies again. */
    @Transactional
    public QuarterQuota clear(String teamCode, String quarter, Integer version) {
        Quarter parsed = quarter(quarter);
        Team team = existing(teamCode);
        QuarterQuota before = of(team, parsed);
        if (version != null && version != before.version()) {
            throw stale(before);
        }
        int deleted = jdbc.sql("""
                DELETE FROM organization_team_quota WHERE team_code = :team AND quarter = :quarter AND version = :version""")
                .param("team", team.code()).param("quarter", parsed.toString()).param("version", before.version())
                .update();
        QuarterQuota after = of(team, parsed);
        if (deleted > 0) {
            events.publishEvent(AuditedChange.of("quota", team.code() + "/" + parsed, "delete", summary(before),
                    summary(after)));
        }
        return after;
    }

    private QuarterQuota of(Team team, Quarter quarter) {
        return resolved(quarter, team.code()).get(0);
    }

    /** The quotas of every team in the quarter written {@code yyyy-Qn}, by team code; a team without one is absent. */
    public Map<String, Integer> ofTeams(String quarter) {
        Map<String, Integer> byTeam = new LinkedHashMap<>();
        resolved(quarter(quarter), null).stream().filter(quota -> quota.quota() != null)
                .forEach(quota -> byTeam.put(quota.teamCode(), quota.quota()));
        return byTeam;
    }

    /**
     * The quarter's quotas of one team or, when {@code teamCode} is {@code null}, of all, in one
     * query: the quarter's own, else that of the contract covering the most days of the quarter (the
     * later of two as long), else the team's default.
     */
    private List<QuarterQuota> resolved(Quarter quarter, String teamCode) {
        return jdbc.sql("""
                SELECT t.code, q.quota AS own, q.version, c.id AS contract, c.quarterly_quota AS contracted,
                       t.quarterly_quota AS default_quota
                FROM organization_inspector_team t
                LEFT JOIN organization_team_quota q ON q.team_code = t.code AND q.quarter = :quarter
                LEFT JOIN LATERAL (
                    SELECT c.id, c.quarterly_quota FROM organization_team_contract c
                    WHERE c.team_code = t.code AND c.valid_from <= :last AND c.valid_to >= :first
                    ORDER BY LEAST(c.valid_to, :last) - GREATEST(c.valid_from, :first) DESC, c.valid_from DESC
                    LIMIT 1) c ON true
                WHERE CAST(:team AS VARCHAR) IS NULL OR t.code = :team
                ORDER BY t.code""")
                .param("quarter", quarter.toString()).param("first", quarter.firstDay())
                .param("last", quarter.lastDay()).param("team", teamCode)
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    int own = rs.getInt("own");
                    if (!rs.wasNull()) {
                        return new QuarterQuota(code, quarter, own, Source.QUARTER, null, rs.getInt("version"));
                    }
                    long contract = rs.getLong("contract");
                    if (!rs.wasNull()) {
                        return new QuarterQuota(code, quarter, rs.getInt("contracted"), Source.CONTRACT, contract, 0);
                    }
                    int fallback = rs.getInt("default_quota");
                    return rs.wasNull() ? new QuarterQuota(code, quarter, null, null, null, 0)
                            : new QuarterQuota(code, quarter, fallback, Source.TEAM, null, 0);
                })
                .list();
    }

    private static Quarter quarter(String text) {
        return Quarter.parse(text).orElseThrow(() -> DomainException.invalidField("quarter",
                "organization.quota.quarter", "a quarter yyyy-Qn, n from 1 to 4"));
    }

    private Team existing(String code) {
        return teams.find(code).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "organization.team.unknown", "No such team", code));
    }

    private static Map<String, Object> summary(QuarterQuota quota) {
        return quota.quota() == null ? Map.of() : Map.of("quota", quota.quota(), "source", quota.source());
    }

    private static DomainException stale(QuarterQuota current) {
        return DomainException.stale("organization.quota.stale", "quota", current.version());
    }
}
