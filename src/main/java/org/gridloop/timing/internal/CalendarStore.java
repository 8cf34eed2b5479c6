package org.gridloop.timing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored working calendar: versions of the working week ({@code timing_calendar} with
 * {@code timing_working_period}) and special days ({@code timing_special_day}).
 */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarVersion> versions() {
        Map<Long, Map<DayOfWeek, List<WorkingPeriod>>> weeks = new HashMap<>();
        jdbc.sql("SELECT calendar_id, day_of_week, starts_at, ends_at FROM timing_working_period ORDER BY starts_at")
                .query(rs -> {
                    weeks.computeIfAbsent(rs.getLong("calendar_id"), id -> new EnumMap<>(DayOfWeek.class))
                            .computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), day -> new ArrayList<>())
                            .add(new WorkingPeriod(rs.getObject("starts_at", LocalTime.class),
                                    rs.getObject("ends_at", LocalTime.class)));
                });
        return jdbc.sql("SELECT id, name, valid_from, valid_to FROM timing_calendar ORDER BY valid_from")
                .query((rs, n) -> new CalendarVersion(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        weeks.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    boolean hasVersionFrom(LocalDate validFrom) {
        return jdbc.sql("SELECT count(*) FROM timing_calendar WHERE valid_from = :from")
                .param("from", validFrom).query(Integer.class).single() > 0;
    }

    long addVersion(CalendarVersion version) {
        long id = jdbc.sql("INSERT INTO timing_calendar (name, valid_from, valid_to) VALUES (:name, :from, :to) RETURNING id")
                .param("name", version.name()).param("from", version.validFrom()).param("to", version.validTo())
                .query(Long.class).single();
        version.week().forEach((day, periods) -> periods.forEach(period -> jdbc.sql("""
                INSERT INTO timing_working_period (calendar_id, day_of_week, starts_at, ends_at)
                VALUES (:id, :day, :start, :end)""")
                .param("id", id).param("day", day.getValue())
                .param("start", period.start()).param("end", period.end()).update()));
        return id;
    }

    List<SpecialDay> specialDays() {
        return jdbc.sql("SELECT day, kind, name FROM timing_special_day ORDER BY day").query(this::specialDay).list();
    }

    List<SpecialDay> specialDays(int year) {
        return jdbc.sql("SELECT day, kind, name FROM timing_special_day WHERE day BETWEEN :first AND :last ORDER BY day")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(this::specialDay).list();
    }

    void save(SpecialDay day) {
        jdbc.sql("""
                INSERT INTO timing_special_day (day, kind, name) VALUES (:day, :kind, :name)
                ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name""")
                .param("day", day.date()).param("kind", day.kind().name()).param("name", day.name()).update();
    }

    boolean remove(LocalDate date) {
        return jdbc.sql("DELETE FROM timing_special_day WHERE day = :day").param("day", date).update() > 0;
    }

    void removeYear(int year) {
        jdbc.sql("DELETE FROM timing_special_day WHERE day BETWEEN :first AND :last")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31)).update();
    }

    /** A digest of the whole stored calendar: it differs once anything in it changed. */
    String fingerprint() {
        return jdbc.sql("""
                SELECT md5(
                    coalesce((SELECT string_agg(day || kind || name, ',' ORDER BY day) FROM timing_special_day), '')
                    || '|' || coalesce((SELECT string_agg(id || ':' || valid_from || ':' || coalesce(valid_to::text, ''),
                        ',' ORDER BY id) FROM timing_calendar), '')
                    || '|' || coalesce((SELECT string_agg(calendar_id || ':' || day_of_week || ':' || starts_at || '-'
                        || ends_at, ',' ORDER BY calendar_id, day_of_week, starts_at) FROM timing_working_period), ''))""")
                .query(String.class).single();
    }

    private SpecialDay specialDay(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SpecialDay(rs.getObject("day", LocalDate.class), SpecialDay.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"));
    }
}
