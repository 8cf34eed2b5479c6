package org.gridloop.organization.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.organization.TeamDirectory.OnDuty;
import org.gridloop.organization.internal.Attendance.TeamMemberDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept day totals of attendance (ADR 0058): each inspector's reckoned day
 * ({@link Attendance#ofDay}) in {@code organization_attendance_day}, for the team they belonged
 * to that day. Only days that are over are reckoned; reckoning a day again replaces its rows in
 * one transaction, under an advisory lock so that two nodes reckoning the same day one after the
 * other end with one set of rows.
 */
@Service
public class AttendanceDays {

    /** The most days one request reckons. */
    public static final int MAX_DAYS = 31;

    /**
     * What a reckoning wrote.
     *
     * @param inspectorDays the inspector days written over the range
     */
    public record Reckoning(LocalDate from, LocalDate to, int days, int inspectorDays) {
    }

    private static final Logger log = LoggerFactory.getLogger(AttendanceDays.class);

    private final Attendance attendance;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration retention;
    private final int catchUpDays;

    AttendanceDays(Attendance attendance, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${gridloop.positions.retention:180d}") Duration retention,
            @Value("${gridloop.attendance.days.catch-up:3}") int catchUpDays) {
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.retention = retention;
        this.catchUpDays = Math.max(1, catchUpDays);
    }

    /**
     * Reckons the days from {@code from} to {@code to} (both included), which must be over and
     * still hold their position samples.
     *
     * @throws DomainException INVALID on {@code to} when it is before {@code from}, today or later, or more
     *                         than {@value #MAX_DAYS} days after {@code from}; on {@code from} when its samples
     *                         are past the retention
     */
    public Reckoning reckon(LocalDate from, LocalDate to) {
        LocalDate today = SamplePartitions.dayOf(clock.instant());
        if (to.isBefore(from)) {
            throw DomainException.invalidField("to", "organization.attendance.days.order", "a day not before from");
        }
        if (!to.isBefore(today)) {
            throw DomainException.invalidField("to", "organization.attendance.days.over",
                    "a day before today: a day is reckoned when it is over");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw DomainException.invalidField("to", "organization.attendance.days.span",
                    "at most " + MAX_DAYS + " days from from");
        }
        if (from.isBefore(today.minusDays(retention.toDays()))) {
            throw DomainException.invalidField("from", "organization.attendance.days.retention",
                    "a day whose position samples are still kept");
        }
        int written = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            written += keep(day, attendance.ofDay(day));
        }
        return new Reckoning(from, to, (int) ChronoUnit.DAYS.between(from, to) + 1, written);
    }

    /**
     * Reckons the last {@code gridloop.attendance.days.catch-up} days up to yesterday, again for
     * the earlier ones, since the field app sends its samples late when offline.
     */
    public Reckoning reckonRecent() {
        LocalDate yesterday = SamplePartitions.dayOf(clock.instant()).minusDays(1);
        Reckoning reckoning = reckon(yesterday.minusDays(catchUpDays - 1), yesterday);
        log.info("Attendance days {} to {} reckoned: {} inspector days", reckoning.from(), reckoning.to(),
                reckoning.inspectorDays());
        return reckoning;
    }

    /** The kept minutes of every team over the days, both included; teams without rows are left out. */
    public Map<String, OnDuty> sums(LocalDate from, LocalDate toInclusive) {
        Map<String, OnDuty> sums = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT team_code, sum(scheduled_minutes) AS scheduled, sum(on_duty_minutes) AS on_duty
                FROM organization_attendance_day WHERE day BETWEEN :from AND :to
                GROUP BY team_code ORDER BY team_code""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(toInclusive))
                .query(rs -> {
                    sums.put(rs.getString("team_code"), new OnDuty(rs.getLong("scheduled"), rs.getLong("on_duty")));
                });
        return sums;
    }

    private int keep(LocalDate day, List<TeamMemberDay> days) {
        return transaction.execute(status -> {
            jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('organization_attendance_day'))) AS locked")
                    .query(Integer.class).single();
            jdbc.sql("DELETE FROM organization_attendance_day WHERE day = :day").param("day", Date.valueOf(day))
                    .update();
            if (days.isEmpty()) {
                return 0;
            }
            return jdbc.sql("""
                    INSERT INTO organization_attendance_day
                        (username, day, team_code, scheduled_minutes, on_duty_minutes, reckoned_at)
                    SELECT username, :day, team_code, scheduled, on_duty, :now
                    FROM unnest(:usernames, :teams, :scheduled, :onDuty) AS kept(username, team_code, scheduled, on_duty)""")
                    .param("day", Date.valueOf(day))
                    .param("now", Timestamp.from(clock.instant()))
                    .param("usernames", days.stream().map(kept -> kept.attendance().username()).toArray(String[]::new))
                    .param("teams", days.stream().map(TeamMemberDay::team).toArray(String[]::new))
                    .param("scheduled", days.stream().map(kept -> kept.attendance().scheduledMinutes())
                            .toArray(Integer[]::new))
                    .param("onDuty", days.stream().map(kept -> kept.attendance().onDutyMinutes())
                            .toArray(Integer[]::new))
                    .update();
        });
    }
}
