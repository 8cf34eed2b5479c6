package org.gridloop.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.gridloop.Choices;
import org.gridloop.casework.CaseOrder;
import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.Light;
import org.gridloop.intake.Channel;

/**
 * The filters of a queue or search page as the form sends them ({@code GET} parameters); blank
 * fields do not filter, an unknown status, channel or unreadable date is ignored.
 *
 * @param from     first day of report, {@code 2026-03-01}, in Asia/Shanghai
 * @param to       last day of report, inclusive
 * @param category a class code, or a major class's two digits
 * @param channel  {@code inspector}, {@code hotline} or {@code public}
 */
record ListFilters(String subdistrict, String number, String status, String department, String light, String sort,
        String from, String to, String category, String channel) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The light to filter by; an unknown one is ignored. */
    public Optional<Light> lightFilter() {
        return Choices.parse(Light.class, light);
    }

    /** Newest first, or by due time ({@code sort=due}: red first). */
    public CaseOrder order() {
        return Choices.parse(CaseOrder.class, sort).orElse(CaseOrder.NEWEST);
    }

    public Optional<CaseStatus> caseStatus() {
        return Choices.parse(CaseStatus.class, status);
    }

    public Optional<Channel> channelFilter() {
        return Choices.parse(Channel.class, channel);
    }

    /** The start of the first day of report. */
    public Instant reportedFrom() {
        return day(from).map(day -> day.atStartOfDay(ZONE).toInstant()).orElse(null);
    }

    /** The end of the last day of report: the start of the day after. */
    public Instant reportedBefore() {
        return day(to).map(day -> day.plusDays(1).atStartOfDay(ZONE).toInstant()).orElse(null);
    }

    private static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
