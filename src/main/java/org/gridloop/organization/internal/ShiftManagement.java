package org.gridloop.organization.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.organization.internal.ShiftSchedule.Period;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes of the inspector teams' shift schedules (排班): the whole schedule
 * of a team is replaced at once, checked field by field, against the version read, and audited.
 * A team that never had one has no periods, on working days only, at version 0.
 */
@Service
public class ShiftManagement {

    /** A period as the API reads and writes it: {@code monday}, {@code 09:00}, {@code 12:00}. */
    public record PeriodForm(String weekday, String start, String end) {
    }

    /**
     * A schedule as an administrator enters it.
     *
     * @param workingDaysOnly whether it applies on working days of the working calendar only; {@code true} when not given
     * @param version         the version the edit is based on; when given and no longer current, refused
     */
    public record ScheduleForm(Boolean workingDaysOnly, List<PeriodForm> periods, Integer version) {
    }

    /** A team's schedule as stored, its periods by weekday and start. */
    public record Schedule(String team, boolean workingDaysOnly, List<PeriodForm> periods, int version) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_PERIODS = 100;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ShiftManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The team's schedule; empty for an unknown team. */
    public Optional<Schedule> find(String code) {
        String team = FieldChecks.strip(code);
        if (team == null || !teamExists(team)) {
            return Optional.empty();
        }
        int version = jdbc.sql("SELECT version FROM organization_team_shift_schedule WHERE team_code = :team")
                .param("team", team).query(Integer.class).optional().orElse(0);
        ShiftSchedule schedule = schedules(List.of(team)).getOrDefault(team, ShiftSchedule.NONE);
        return Optional.of(schedule(team, schedule, version));
    }

    /** The schedules of the teams by code; a team without one is left out. */
    public Map<String, ShiftSchedule> schedules(List<String> teams) {
        Map<String, Boolean> workingDaysOnly = new HashMap<>();
        jdbc.sql("SELECT team_code, working_days_only FROM organization_team_shift_schedule WHERE team_code = ANY(:teams)")
                .param("teams", teams.toArray(String[]::new))
                .query(rs -> {
                    workingDaysOnly.put(rs.getString("team_code"), rs.getBoolean("working_days_only"));
                });
        Map<String, List<Period>> periods = new HashMap<>();
        jdbc.sql("""
                SELECT team_code, weekday, starts_at, ends_at FROM organization_team_shift_period
                WHERE team_code = ANY(:teams) ORDER BY team_code, weekday, starts_at""")
                .param("teams", teams.toArray(String[]::new))
                .query(rs -> {
                    periods.computeIfAbsent(rs.getString("team_code"), code -> new ArrayList<>()).add(new Period(
                            DayOfWeek.of(rs.getInt("weekday")), rs.getObject("starts_at", LocalTime.class),
                            rs.getObject("ends_at", LocalTime.class)));
                });
        Map<String, ShiftSchedule> schedules = new HashMap<>();
        workingDaysOnly.forEach((team, only) ->
                schedules.put(team, new ShiftSchedule(only, periods.getOrDefault(team, List.of()))));
        return schedules;
    }

    /** Replaces the team's schedule with the form's. */
    @Transactional
    public Schedule replace(String code, ScheduleForm form) {
        Schedule before = find(code).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "organization.team.unknown", "No such team", code));
        ShiftSchedule checked = checked(form);
        if (form.version() != null && form.version() != before.version()) {
            throw stale(before);
        }
        int updated = jdbc.sql("""
                INSERT INTO organization_team_shift_schedule AS s (team_code, working_days_only, version)
                VALUES (:team, :only, 1)
                ON CONFLICT (team_code) DO UPDATE SET working_days_only = excluded.working_days_only,
                    version = s.version + 1
                WHERE s.version = :version""")
                .param("team", before.team()).param("only", checked.workingDaysOnly())
                .param("version", before.version()).update();
        if (updated == 0) {
            throw stale(find(code).orElseThrow());
        }
        jdbc.sql("DELETE FROM organization_team_shift_period WHERE team_code = :team").param("team", before.team())
                .update();
        for (Period period : checked.periods()) {
            jdbc.sql("""
                    INSERT INTO organization_team_shift_period (team_code, weekday, starts_at, ends_at)
                    VALUES (:team, :weekday, :start, :end)""")
                    .param("team", before.team()).param("weekday", period.weekday().getValue())
                    .param("start", period.start()).param("end", period.end()).update();
        }
        Schedule after = schedule(before.team(), checked, before.version() + 1);
        events.publishEvent(AuditedChange.of("team", before.team(), "shifts", before, after));
        return after;
    }

    private static ShiftSchedule checked(ScheduleForm form) {
        FieldChecks checks = new FieldChecks();
        List<Period> periods = new ArrayList<>();
        if (form.periods() == null) {
            checks.add("periods", "field.required", "required");
        } else if (form.periods().size() > MAX_PERIODS) {
            checks.add("periods", "organization.shift.too-many", "at most " + MAX_PERIODS + " periods");
        } else {
            for (int i = 0; i < form.periods().size(); i++) {
                Period period = period("periods[" + i + "]", form.periods().get(i), checks);
                if (period != null) {
                    int index = i;
                    periods.stream().filter(other -> overlap(other, period)).findFirst().ifPresent(other -> checks.add(
                            "periods[" + index + "]", "organization.shift.overlap", "overlaps another period of the day"));
                    periods.add(period);
                }
            }
        }
        checks.refuseIfAny("organization.shift.invalid", "The shift schedule is not valid");
        return new ShiftSchedule(form.workingDaysOnly() == null || form.workingDaysOnly(), periods);
    }

    private static Period period(String field, PeriodForm form, FieldChecks checks) {
        if (form == null) {
            checks.add(field, "field.required", "required");
            return null;
        }
        DayOfWeek weekday = weekday(FieldChecks.strip(form.weekday()));
        if (weekday == null) {
            checks.add(field + ".weekday", "organization.shift.weekday", "monday, tuesday, … or sunday");
        }
        LocalTime start = time(field + ".start", form.start(), checks);
        LocalTime end = time(field + ".end", form.end(), checks);
        if (start != null && end != null) {
            if (end.equals(start)) {
                checks.add(field + ".end", "organization.shift.empty", "the period is empty");
                return null;
            }
            if (end.isBefore(start)) {
                checks.add(field + ".end", "organization.shift.end-before-start", "ends before it starts");
                return null;
            }
        }
        return weekday == null || start == null || end == null ? null : new Period(weekday, start, end);
    }

    private static LocalTime time(String field, String value, FieldChecks checks) {
        String text = FieldChecks.strip(value);
        if (text == null) {
            checks.add(field, "field.required", "required");
            return null;
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException unreadable) {
            checks.add(field, "organization.shift.time", "a time of day as HH:mm, e.g. 09:00");
            return null;
        }
    }

    private static DayOfWeek weekday(String name) {
        return name == null ? null : Arrays.stream(DayOfWeek.values())
                .filter(day -> day.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static boolean overlap(Period a, Period b) {
        return a.weekday() == b.weekday() && a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    private static Schedule schedule(String team, ShiftSchedule schedule, int version) {
        return new Schedule(team, schedule.workingDaysOnly(), schedule.periods().stream()
                .map(period -> new PeriodForm(period.weekday().name().toLowerCase(Locale.ROOT),
                        TIME.format(period.start()), TIME.format(period.end())))
                .toList(), version);
    }

    private boolean teamExists(String team) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_inspector_team WHERE code = :team)")
                .param("team", team).query(Boolean.class).single();
    }

    private static DomainException stale(Schedule current) {
        return DomainException.stale("organization.shift.stale", "shift schedule", current.version());
    }
}
