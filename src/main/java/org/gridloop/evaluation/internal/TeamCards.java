package org.gridloop.evaluation.internal;

import static org.gridloop.evaluation.internal.Rates.rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gridloop.Period;
import org.gridloop.evaluation.internal.MeasureQueries.Counts;
import org.gridloop.organization.TeamDirectory;
import org.gridloop.organization.TeamDirectory.OnDuty;
import org.gridloop.organization.TeamDirectory.TeamContract;
import org.gridloop.organization.TeamDirectory.TeamSummary;
import org.springframework.stereotype.Component;

/**
 * The scorecards of the inspector teams (监督员队伍) and of their vendors (信息采集服务商). A report
 * counts for the team its reporter belonged to when reporting, a verification or check for the
 * team of the inspector who did it then. The on-duty rate (在岗率) sums the kept attendance days
 * of the period (ADR 0058): the minutes of the team's members, each day for the team they belonged
 * to then; days not reckoned yet count nothing.
 */
@Component
class TeamCards {

    private static final List<Measure> MEASURES = List.of(
            Measure.cases("reports", "c.team_code", "c.reported_at", "c.channel = 'INSPECTOR'"),
            Measure.cases("validReports", "c.team_code", "c.reported_at", PostCards.VALID),
            Measure.steps("verifications", "s.actor_team", "VERIFY", null),
            Measure.steps("verificationsOnTime", "s.actor_team", "VERIFY", "s.on_time"),
            Measure.steps("checks", "s.actor_team", "CHECK", null),
            Measure.steps("checksOnTime", "s.actor_team", "CHECK", "s.on_time"));

    /** Every inspector report of the period, whatever the team, for the teams' shares. */
    private static final Measure ALL_REPORTS = Measure.cases("allReports", "'all'", "c.reported_at",
            "c.channel = 'INSPECTOR'");

    private static final List<Measure> VENDOR_MEASURES = List.of(MEASURES.get(0), MEASURES.get(1),
            Measure.cases("invalidReports", "c.team_code", "c.reported_at", "c.channel = 'INSPECTOR' AND NOT ("
                    + PostCards.VALID + ")"));

    private final MeasureQueries queries;
    private final TeamDirectory teams;

    TeamCards(MeasureQueries queries, TeamDirectory teams) {
        this.queries = queries;
        this.teams = teams;
    }

    List<Measure> measures(ScorecardObject object) {
        return object == ScorecardObject.TEAMS ? MEASURES : VENDOR_MEASURES;
    }

    /** What the team scorecard counts: its {@link #measures} and every inspector report of the period. */
    List<Measure> countedForTeams() {
        List<Measure> measures = new ArrayList<>(MEASURES);
        measures.add(ALL_REPORTS);
        return measures;
    }

    /** The team scorecard from the counts of {@link #countedForTeams}. */
    Scorecard teams(Period period, EvaluationModel model, Counts counts) {
        long all = counts.of("all", "allReports");
        Map<String, Double> quotas = quotas(period);
        Map<String, OnDuty> onDuty = teams.onDuty(period.from().atZone(Period.ZONE).toLocalDate(),
                period.to().atZone(Period.ZONE).toLocalDate().minusDays(1));
        List<TeamSummary> summaries = teams.teams();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamSummary team : summaries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("team", team.code());
            row.put("name", team.name());
            row.put("subdistrict", team.subdistrictCode());
            row.put("vendor", team.vendorCode());
            counted(row, team.mode(), List.of(team), counts, quotas, onDuty, all);
            rows.add(row);
        }
        List<Map<String, Object>> rollups = new ArrayList<>();
        for (String mode : List.of("SELF_ORGANIZED", "OUTSOURCED")) {
            Map<String, Object> rollup = new LinkedHashMap<>();
            counted(rollup, mode, summaries.stream().filter(team -> team.mode().equals(mode)).toList(), counts,
                    quotas, onDuty, all);
            rollups.add(rollup);
        }
        Map<String, Object> total = new LinkedHashMap<>();
        counted(total, null, summaries, counts, quotas, onDuty, all);
        return new Scorecard(ScorecardObject.TEAMS, period, model, rows, rollups, total);
    }

    private static void counted(Map<String, Object> row, String mode, List<TeamSummary> group, Counts counts,
            Map<String, Double> quotas, Map<String, OnDuty> onDuty, long all) {
        List<String> keys = group.stream().map(TeamSummary::code).toList();
        long reports = counts.sum(keys, "reports");
        int inspectors = group.stream().mapToInt(TeamSummary::inspectors).sum();
        Double quota = group.stream().map(team -> quotas.get(team.code())).filter(Objects::nonNull)
                .reduce(Double::sum).orElse(null);
        row.put("mode", mode);
        row.put("inspectors", inspectors);
        row.put("quota", quota);
        row.put("reports", reports);
        row.put("attainment", rate(reports, quota));
        row.put("reportsPerInspector", rate(reports, inspectors));
        row.put("share", rate(reports, all));
        row.put("validReports", counts.sum(keys, "validReports"));
        long verifications = counts.sum(keys, "verifications");
        long checks = counts.sum(keys, "checks");
        long verificationsOnTime = counts.sum(keys, "verificationsOnTime");
        long checksOnTime = counts.sum(keys, "checksOnTime");
        row.put("verifications", verifications);
        row.put("verificationsOnTime", verificationsOnTime);
        row.put("verificationOnTimeRate", rate(verificationsOnTime, verifications));
        row.put("checks", checks);
        row.put("checksOnTime", checksOnTime);
        row.put("checkOnTimeRate", rate(checksOnTime, checks));
        long scheduledMinutes = 0;
        long onDutyMinutes = 0;
        for (String key : keys) {
            OnDuty kept = onDuty.get(key);
            if (kept != null) {
                scheduledMinutes += kept.scheduledMinutes();
                onDutyMinutes += kept.onDutyMinutes();
            }
        }
        row.put("scheduledMinutes", scheduledMinutes);
        row.put("onDutyMinutes", onDutyMinutes);
        row.put("onDutyRate", rate(onDutyMinutes, scheduledMinutes));
    }

    /**
     * The quota of each team for the period: each quarter's quota (达标量) in the share of its days
     * the period covers.
     */
    private Map<String, Double> quotas(Period period) {
        Map<String, Double> quotas = new HashMap<>();
        LocalDate first = period.from().atZone(Period.ZONE).toLocalDate();
        LocalDate end = period.to().atZone(Period.ZONE).toLocalDate();
        LocalDate quarterStart = first.withDayOfMonth(1).withMonth((first.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        while (quarterStart.isBefore(end)) {
            LocalDate next = quarterStart.plusMonths(3);
            long days = ChronoUnit.DAYS.between(quarterStart, next);
            long covered = ChronoUnit.DAYS.between(max(first, quarterStart), min(end, next));
            String quarter = quarterStart.getYear() + "-Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
            teams.quotas(quarter).forEach((team, quota) -> quotas.merge(team, (double) quota * covered / days,
                    Double::sum));
            quarterStart = next;
        }
        return quotas;
    }

    /**
     * The vendors' settlement (结算): for each contract, the reports of its team while it ran in the
     * period; valid reports × unit price − invalid reports × deduction. The contracts that ran over
     * the same part of the period (most often all of it) share one count.
     */
    Scorecard vendors(Period period, EvaluationModel model) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        Map<List<Instant>, Counts> countsByWindow = new HashMap<>();
        for (TeamContract contract : teams.contracts()) {
            Period window = window(period, contract);
            if (window == null) {
                continue;
            }
            Counts counts = countsByWindow.computeIfAbsent(List.of(window.from(), window.to()),
                    unused -> queries.count(VENDOR_MEASURES, window));
            long valid = counts.of(contract.teamCode(), "validReports");
            long invalid = counts.of(contract.teamCode(), "invalidReports");
            Map<String, Object> row = rows.computeIfAbsent(contract.vendorCode(), code -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                fresh.put("vendor", code);
                fresh.put("name", contract.vendorName());
                fresh.put("teams", new ArrayList<String>());
                fresh.put("reports", 0L);
                fresh.put("validReports", 0L);
                fresh.put("invalidReports", 0L);
                fresh.put("amount", BigDecimal.ZERO);
                return fresh;
            });
            @SuppressWarnings("unchecked")
            List<String> teamCodes = (List<String>) row.get("teams");
            if (!teamCodes.contains(contract.teamCode())) {
                teamCodes.add(contract.teamCode());
            }
            row.merge("reports", counts.of(contract.teamCode(), "reports"), (a, b) -> (Long) a + (Long) b);
            row.merge("validReports", valid, (a, b) -> (Long) a + (Long) b);
            row.merge("invalidReports", invalid, (a, b) -> (Long) a + (Long) b);
            BigDecimal amount = contract.unitPrice().multiply(BigDecimal.valueOf(valid))
                    .subtract(contract.deduction().multiply(BigDecimal.valueOf(invalid)));
            row.merge("amount", amount, (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
        }
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("vendor", null);
        for (String field : List.of("reports", "validReports", "invalidReports")) {
            total.put(field, rows.values().stream().mapToLong(row -> (Long) row.get(field)).sum());
        }
        total.put("amount", rows.values().stream().map(row -> (BigDecimal) row.get("amount"))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new Scorecard(ScorecardObject.VENDORS, period, model, new ArrayList<>(rows.values()), List.of(), total);
    }

    /** The cases behind a vendor's cell: its contracts' teams' reports while each ran in the period. */
    List<CaseEntry> vendorCases(Measure measure, Period period, String vendor) {
        List<CaseEntry> entries = new ArrayList<>();
        for (TeamContract contract : teams.contracts()) {
            Period window = window(period, contract);
            if (window != null && (vendor == null || contract.vendorCode().equals(vendor))) {
                entries.addAll(queries.cases(measure, window, List.of(contract.teamCode())));
            }
        }
        return entries;
    }

    /** The teams of a roll-up's mode, or every team for the total. */
    List<String> teamsOf(String mode) {
        return teams.teams().stream().filter(team -> mode == null || team.mode().equals(mode))
                .map(TeamSummary::code).toList();
    }

    /** The part of the period the contract ran in (its last day included), {@code null} for none. */
    private static Period window(Period period, TeamContract contract) {
        Instant start = contract.validFrom().atStartOfDay(Period.ZONE).toInstant();
        Instant end = contract.validTo().plusDays(1).atStartOfDay(Period.ZONE).toInstant();
        Instant from = start.isAfter(period.from()) ? start : period.from();
        Instant to = end.isBefore(period.to()) ? end : period.to();
        return from.isBefore(to) ? new Period(period.text(), from, to) : null;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
