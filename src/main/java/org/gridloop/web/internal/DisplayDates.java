package org.gridloop.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats instants for people, in Asia/Shanghai, from templates as {@code @dates}:
 * {@code ${@dates.format(case.reportedAt)}} → {@code 2026-03-05 14:07}. Each method answers
 * an empty string for {@code null}.
 */
@Component("dates")
public class DisplayDates {

    /** The time zone of every date shown to users. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);
    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    /** Date and time to the minute: {@code 2026-03-05 14:07}. */
    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** Date and time to the second, for timelines: {@code 2026-03-05 14:07:31}. */
    public String formatSeconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }

    /** The calendar day in Shanghai: {@code 2026-03-05}. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** For {@code <time datetime="…">}: {@code 2026-03-05T14:07:31+08:00}. */
    public String iso(Instant instant) {
        return instant == null ? "" : MACHINE.format(instant);
    }
}
