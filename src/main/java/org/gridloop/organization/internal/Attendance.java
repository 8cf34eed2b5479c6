package org.gridloop.organization.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.gridloop.DomainException;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.organization.WorkingDays;
import org.gridloop.organization.internal.ShiftSchedule.Period;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Attendance (考勤) of the inspectors, reckoned from their position samples, their team's shift
 * schedule and the unit grids of their work grids (as assigned now): per day the on-duty minutes
 * of the scheduled ones ({@link DutyRule}) and the patrol coverage, the share of the unit grids
 * holding at least one of the day's samples. A sample's unit grid is the one containing it in
 * the grid version in effect when it was taken. A team's samples are read in one ordered query.
 */
@Service
public class Attendance {

    /** A member's day in a team's list. */
    public record MemberDay(String username, String name, int scheduledMinutes, int onDutyMinutes,
            Double onDutyRate, int unitGrids, int coveredUnitGrids, Double coverage) {
    }

    /**
     * A team's totals: minutes summed over the members, unit grids counted once however many
     * members patrol them.
     */
    public record Totals(int scheduledMinutes, int onDutyMinutes, Double onDutyRate, int unitGrids,
            int coveredUnitGrids, Double coverage) {
    }

    public record TeamDay(String team, LocalDate date, List<MemberDay> members, Totals total) {
    }

    /**
     * A member's month.
     *
     * @param coverage the mean of the daily coverage over the days with scheduled time, {@code null} when none
     */
    public record MemberMonth(String username, String name, int scheduledDays, int scheduledMinutes,
            int onDutyMinutes, Double onDutyRate, int unitGrids, Double coverage) {
    }

    /** @param coverage the mean daily coverage over all members' days with scheduled time */
    public record MonthTotals(int scheduledMinutes, int onDutyMinutes, Double onDutyRate, Double coverage) {
    }

    public record TeamMonth(String team, YearMonth month, List<MemberMonth> members, MonthTotals total) {
    }

    /** One member's reckoned day, with the unit grids behind the counts. */
    private record Reckoned(DayAttendance attendance, Set<String> unitGrids, Set<String> covered) {
    }

    private record Member(String username, String name) {
    }

    private static final ZoneId ZONE = SamplePartitions.ZONE;

    private final JdbcClient jdbc;
    private final ShiftManagement shifts;
    private final WorkGrids workGrids;
    private final GridLookup grids;
    private final ObjectProvider<WorkingDays> workingDays;

    Attendance(JdbcClient jdbc, ShiftManagement shifts, WorkGrids workGrids, GridLookup grids,
            ObjectProvider<WorkingDays> workingDays) {
        this.jdbc = jdbc;
        this.shifts = shifts;
        this.workGrids = workGrids;
        this.grids = grids;
        this.workingDays = workingDays;
    }

    /** The inspector's day; NOT_FOUND when the username is no member of an inspector team. */
    public DayAttendance ofInspector(String username, LocalDate date) {
        String team = jdbc.sql("SELECT team_code FROM organization_inspector WHERE username = :u")
                .param("u", username).query(String.class).optional()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        "organization.attendance.unknown-inspector", "No such inspector", username));
        List<DayAttendance> days = new ArrayList<>();
        reckon(List.of(new Member(username, username)), schedule(team), date, date,
                reckoned -> days.add(reckoned.attendance()));
        return days.get(0);
    }

    /** The day of every active member of the team, with the team's totals. */
    public TeamDay ofTeam(String code, LocalDate date) {
        List<Member> members = members(code);
        List<MemberDay> rows = new ArrayList<>();
        Set<String> unitGrids = new HashSet<>();
        Set<String> covered = new HashSet<>();
        int[] minutes = new int[2];
        reckon(members, schedule(code), date, date, reckoned -> {
            DayAttendance day = reckoned.attendance();
            rows.add(new MemberDay(day.username(), nameOf(members, day.username()), day.scheduledMinutes(),
                    day.onDutyMinutes(), day.onDutyRate(), day.unitGrids(), day.coveredUnitGrids(), day.coverage()));
            unitGrids.addAll(reckoned.unitGrids());
            covered.addAll(reckoned.covered());
            minutes[0] += day.scheduledMinutes();
            minutes[1] += day.onDutyMinutes();
        });
        return new TeamDay(code, date, rows, new Totals(minutes[0], minutes[1], DayAttendance.share(minutes[1], minutes[0]),
                unitGrids.size(), covered.size(), DayAttendance.share(covered.size(), unitGrids.size())));
    }

    /** The month of every active member of the team, day by day summed, with the team's totals. */
    public TeamMonth ofTeamMonth(String code, YearMonth month) {
        List<Member> members = members(code);
        Map<String, List<DayAttendance>> byMember = new LinkedHashMap<>();
        members.forEach(member -> byMember.put(member.username(), new ArrayList<>()));
        reckon(members, schedule(code), month.atDay(1), month.atEndOfMonth(),
                reckoned -> byMember.get(reckoned.attendance().username()).add(reckoned.attendance()));
        List<MemberMonth> rows = new ArrayList<>();
        int scheduled = 0;
        int onDuty = 0;
        double coverageSum = 0;
        int coverageDays = 0;
        for (Member member : members) {
            List<DayAttendance> days = byMember.get(member.username());
            List<DayAttendance> scheduledDays = days.stream().filter(day -> day.scheduledMinutes() > 0).toList();
            int memberScheduled = days.stream().mapToInt(DayAttendance::scheduledMinutes).sum();
            int memberOnDuty = days.stream().mapToInt(DayAttendance::onDutyMinutes).sum();
            List<Double> coverages = scheduledDays.stream().map(DayAttendance::coverage)
                    .filter(Objects::nonNull).toList();
            double memberCoverageSum = coverages.stream().mapToDouble(Double::doubleValue).sum();
            rows.add(new MemberMonth(member.username(), member.name(), scheduledDays.size(), memberScheduled,
                    memberOnDuty, DayAttendance.share(memberOnDuty, memberScheduled),
                    days.isEmpty() ? 0 : days.get(0).unitGrids(),
                    coverages.isEmpty() ? null : memberCoverageSum / coverages.size()));
            scheduled += memberScheduled;
            onDuty += memberOnDuty;
            coverageSum += memberCoverageSum;
            coverageDays += coverages.size();
        }
        return new TeamMonth(code, month, rows, new MonthTotals(scheduled, onDuty, DayAttendance.share(onDuty, scheduled),
                coverageDays == 0 ? null : coverageSum / coverageDays));
    }

    /** An inspector's reckoned day, with the team they belonged to that day. */
    public record TeamMemberDay(String team, DayAttendance attendance) {
    }

    /**
     * The day of every inspector who belonged to a team on it, reckoned as {@link #ofTeam} does
     * with the schedule of that team: the team of the inspector's last membership reaching into
     * the day (so one who changed teams during the day counts the whole day for the new one).
     * One samples query per team.
     */
    public List<TeamMemberDay> ofDay(LocalDate date) {
        Map<String, List<Member>> byTeam = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT username, team_code FROM (
                    SELECT DISTINCT ON (m.username) m.username, m.team_code
                    FROM organization_team_membership m
                    WHERE m.joined_at < :end AND (m.left_at IS NULL OR (m.left_at > :start AND m.left_at > m.joined_at))
                    ORDER BY m.username, m.joined_at DESC) latest
                ORDER BY team_code, username""")
                .param("start", Timestamp.from(date.atStartOfDay(ZONE).toInstant()))
                .param("end", Timestamp.from(date.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query(rs -> {
                    byTeam.computeIfAbsent(rs.getString("team_code"), team -> new ArrayList<>())
                            .add(new Member(rs.getString("username"), rs.getString("username")));
                });
        if (byTeam.isEmpty()) {
            return List.of();
        }
        Map<String, ShiftSchedule> schedules = shifts.schedules(new ArrayList<>(byTeam.keySet()));
        List<TeamMemberDay> days = new ArrayList<>();
        byTeam.forEach((team, members) -> reckon(members, schedules.getOrDefault(team, ShiftSchedule.NONE), date, date,
                reckoned -> days.add(new TeamMemberDay(team, reckoned.attendance()))));
        return days;
    }

    /** An inspector's latest sample, with the inspector's team. */
    public record Latest(String username, String team, Instant at, double latitude, double longitude) {
    }

    /**
     * The inspectors on duty at the instant, in the given order (ADR 0046): inside a scheduled
     * period of their team, with their latest sample taken at or before {@code at} at most
     * {@value DutyRule#MAX_AGE_MILLIS} ms old and inside one of the unit grids of their work
     * grids. One query for the samples and one for the schedules.
     */
    public List<Latest> onDuty(List<String> usernames, Instant at) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        Map<String, Latest> latest = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (s.username) s.username, i.team_code, s.at, s.latitude, s.longitude
                FROM organization_position_sample s JOIN organization_inspector i ON i.username = s.username
                WHERE s.username = ANY(:members) AND i.active AND s.at <= :at AND s.at >= :oldest
                ORDER BY s.username, s.at DESC""")
                .param("members", usernames.toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .param("oldest", Timestamp.from(at.minusMillis(DutyRule.MAX_AGE_MILLIS)))
                .query(rs -> {
                    latest.put(rs.getString(1), new Latest(rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getDouble(4), rs.getDouble(5)));
                });
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<String, ShiftSchedule> schedules = shifts.schedules(
                latest.values().stream().map(Latest::team).distinct().toList());
        LocalDate date = at.atZone(ZONE).toLocalDate();
        java.time.LocalTime minute = at.atZone(ZONE).toLocalTime().withSecond(0).withNano(0);
        List<Latest> onDuty = new ArrayList<>();
        for (String username : usernames) {
            Latest sample = latest.get(username);
            if (sample == null) {
                continue;
            }
            boolean scheduled = schedules.getOrDefault(sample.team(), ShiftSchedule.NONE).on(date, kind(date)).stream()
                    .anyMatch(period -> !minute.isBefore(period.start()) && minute.isBefore(period.end()));
            boolean inside = scheduled && grids.locate(sample.latitude(), sample.longitude(), sample.at())
                    .map(place -> unitGridsOf(username).contains(place.grid().value())).orElse(false);
            if (inside) {
                onDuty.add(sample);
            }
        }
        return onDuty;
    }

    private List<Member> members(String team) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_inspector_team WHERE code = :team)")
                .param("team", team).query(Boolean.class).single()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "organization.team.unknown", "No such team", team);
        }
        return jdbc.sql("SELECT username, name FROM organization_inspector WHERE team_code = :team AND active ORDER BY username")
                .param("team", team).query((rs, n) -> new Member(rs.getString("username"), rs.getString("name"))).list();
    }

    private ShiftSchedule schedule(String team) {
        return shifts.schedules(List.of(team)).getOrDefault(team, ShiftSchedule.NONE);
    }

    /**
     * Reckons every member's days from {@code first} to {@code last}, handing each to the sink,
     * member by member in the given order and day by day.
     */
    private void reckon(List<Member> members, ShiftSchedule schedule, LocalDate first, LocalDate last,
            Consumer<Reckoned> sink) {
        List<LocalDate> dates = first.datesUntil(last.plusDays(1)).toList();
        List<long[]> minutes = dates.stream().map(date -> minuteStarts(schedule, date)).toList();
        long from = first.atStartOfDay(ZONE).toInstant().minusMillis(DutyRule.MAX_AGE_MILLIS).toEpochMilli();
        long to = last.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        Map<String, Track> tracks = new LinkedHashMap<>();
        members.forEach(member -> tracks.put(member.username(), new Track()));
        Track[] current = new Track[1];
        String[] currentName = new String[1];
        jdbc.sql("""
                SELECT username, CAST(EXTRACT(EPOCH FROM at) * 1000 AS bigint) AS ms, latitude, longitude
                FROM organization_position_sample
                WHERE username = ANY(:members) AND at >= :from AND at < :to ORDER BY username, at""")
                .param("members", members.stream().map(Member::username).toArray(String[]::new))
                .param("from", Timestamp.from(Instant.ofEpochMilli(from)))
                .param("to", Timestamp.from(Instant.ofEpochMilli(to)))
                .query(rs -> {
                    String username = rs.getString(1);
                    if (!username.equals(currentName[0])) {
                        currentName[0] = username;
                        current[0] = tracks.get(username);
                    }
                    current[0].add(rs.getLong(2), rs.getDouble(3), rs.getDouble(4));
                });
        for (Member member : members) {
            Set<String> own = unitGridsOf(member.username());
            Track track = tracks.get(member.username());
            String[] located = track.locate(grids);
            boolean[] inside = new boolean[track.size];
            for (int i = 0; i < track.size; i++) {
                inside[i] = located[i] != null && own.contains(located[i]);
            }
            int start = 0;
            for (int d = 0; d < dates.size(); d++) {
                long dayStart = dates.get(d).atStartOfDay(ZONE).toInstant().toEpochMilli();
                long dayEnd = dates.get(d).plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
                while (start < track.size && track.at[start] < dayStart) {
                    start++;
                }
                Set<String> covered = new HashSet<>();
                for (int i = start; i < track.size && track.at[i] < dayEnd; i++) {
                    if (inside[i]) {
                        covered.add(located[i]);
                    }
                }
                long[] scheduled = minutes.get(d);
                int onDuty = DutyRule.onDutyMinutes(scheduled, track.at, inside, track.size);
                sink.accept(new Reckoned(new DayAttendance(member.username(), dates.get(d), scheduled.length, onDuty,
                        DayAttendance.share(onDuty, scheduled.length), own.size(), covered.size(),
                        DayAttendance.share(covered.size(), own.size())), own, covered));
            }
        }
    }

    private Set<String> unitGridsOf(String username) {
        Set<String> own = new HashSet<>();
        for (WorkGrid workGrid : workGrids.assignedTo(username)) {
            workGrid.unitGrids().forEach(code -> own.add(code.value()));
        }
        return own;
    }

    /** The starts of the scheduled minutes of the date, epoch ms, ascending. */
    private long[] minuteStarts(ShiftSchedule schedule, LocalDate date) {
        List<Period> periods = schedule.on(date, kind(date));
        long[] starts = new long[schedule.minutesOn(date, kind(date))];
        int k = 0;
        for (Period period : periods) {
            long first = date.atTime(period.start()).atZone(ZONE).toInstant().toEpochMilli();
            int count = (period.end().toSecondOfDay() - period.start().toSecondOfDay()) / 60;
            for (int m = 0; m < count; m++) {
                starts[k++] = first + m * 60_000L;
            }
        }
        return starts;
    }

    private WorkingDays.Kind kind(LocalDate date) {
        return Optional.ofNullable(workingDays.getIfAvailable()).map(days -> days.kind(date))
                .orElse(date.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0
                        ? WorkingDays.Kind.DAY_OFF : WorkingDays.Kind.WORKING_DAY);
    }

    private static String nameOf(List<Member> members, String username) {
        return members.stream().filter(member -> member.username().equals(username)).findFirst()
                .map(Member::name).orElse(username);
    }

    /** One inspector's samples in time order, in growing arrays. */
    private static final class Track {

        long[] at = new long[0];
        double[] lat = new double[0];
        double[] lon = new double[0];
        int size;

        void add(long ms, double latitude, double longitude) {
            if (size == at.length) {
                int capacity = Math.max(256, size * 2);
                at = Arrays.copyOf(at, capacity);
                lat = Arrays.copyOf(lat, capacity);
                lon = Arrays.copyOf(lon, capacity);
            }
            at[size] = ms;
            lat[size] = latitude;
            lon[size] = longitude;
            size++;
        }

        /** The code of the unit grid containing each sample when it was taken, {@code null} outside every grid. */
        String[] locate(GridLookup grids) {
            String[] codes = new String[size];
            for (int i = 0; i < size; i++) {
                codes[i] = grids.locate(lat[i], lon[i], Instant.ofEpochMilli(at[i]))
                        .map(place -> place.grid().value()).orElse(null);
            }
            return codes;
        }
    }
}
