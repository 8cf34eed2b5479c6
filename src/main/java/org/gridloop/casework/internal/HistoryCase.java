package org.gridloop.casework.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.gridloop.casework.CaseStatus;
import org.gridloop.catalog.Category;
import org.gridloop.intake.Channel;

/**
 * One generated case of the demo history: its report and the times of the steps it went
 * through, written as a row of the legacy import file (ADR 50) once it has its number.
 */
final class HistoryCase {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(WorkingHours.SHANGHAI);

    final Channel channel;
    final String reporter;
    final Category category;
    final double latitude;
    final double longitude;
    final Instant reportedAt;
    Instant acceptedAt;
    Instant registeredAt;
    Instant dispatchedAt;
    String department;
    Instant handledAt;
    Instant checkedAt;
    Instant closedAt;
    CaseStatus status;
    int returns;

    HistoryCase(Channel channel, String reporter, Category category, double latitude, double longitude,
            Instant reportedAt) {
        this.channel = channel;
        this.reporter = reporter;
        this.category = category;
        this.latitude = latitude;
        this.longitude = longitude;
        this.reportedAt = reportedAt;
    }

    /** The last time the case records. */
    Instant end() {
        Instant[] times = {closedAt, checkedAt, handledAt, dispatchedAt, registeredAt, acceptedAt};
        for (Instant time : times) {
            if (time != null) {
                return time;
            }
        }
        return reportedAt;
    }

    /**
     * Leaves the case open as it stood at the instant: the steps after it (its end included) are
     * dropped and the status is the one the last step before it reached. A case whose times all
     * lie before the instant stays as it is.
     */
    void openAt(Instant at) {
        if (!end().isAfter(at)) {
            return;
        }
        closedAt = null;
        if (checkedAt != null && checkedAt.isAfter(at)) {
            checkedAt = null;
        }
        if (handledAt != null && handledAt.isAfter(at)) {
            handledAt = null;
        }
        if (dispatchedAt != null && dispatchedAt.isAfter(at)) {
            dispatchedAt = null;
            department = null;
            returns = 0;
        }
        if (registeredAt != null && registeredAt.isAfter(at)) {
            registeredAt = null;
        }
        if (acceptedAt != null && acceptedAt.isAfter(at)) {
            acceptedAt = null;
        }
        status = checkedAt != null ? CaseStatus.CHECKED
                : handledAt != null ? CaseStatus.CHECKING
                : dispatchedAt != null ? CaseStatus.DISPATCHED
                : registeredAt != null ? CaseStatus.REGISTERED
                : acceptedAt != null ? CaseStatus.ACCEPTED
                : CaseStatus.REPORTED;
    }

    /** Whether the import records a step of its own for the case (every case but an inspector's report left reported). */
    boolean hasImportStep() {
        return channel != Channel.INSPECTOR || status != CaseStatus.REPORTED;
    }

    /** The row of the import file, under the header of {@code CaseImport}. */
    void appendRow(StringBuilder out, String number) {
        out.append(number).append(',').append(channel.name().toLowerCase(Locale.ROOT)).append(',')
                .append(category.kind().name().toLowerCase(Locale.ROOT)).append(',').append(category.code()).append(',')
                .append(String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude)).append(',')
                .append(time(reportedAt)).append(',').append(reporter == null ? "" : reporter).append(',')
                .append(time(acceptedAt)).append(',').append(time(registeredAt)).append(',')
                .append(time(dispatchedAt)).append(',').append(department == null ? "" : department).append(',')
                .append(time(handledAt)).append(',').append(time(checkedAt)).append(',').append(time(closedAt))
                .append(',').append(status.name()).append(',').append(dispatchedAt == null ? "" : returns).append('\n');
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
