package org.gridloop.timing;

import java.time.Instant;

import org.gridloop.casework.CaseStage;

/**
 * An urge notice (督办) to the department holding a case and to the dispatchers: raised by the
 * supervision scan when a stage turns red ({@link Kind#OVERDUE}), or by a dispatcher or leader
 * ({@link Kind#MANUAL}).
 *
 * @param department the department urged, {@code null} when the case had none yet
 * @param dueAt      the due time of the overdue stage, {@code null} for a manual urge
 * @param urgedBy    the user who urged, or {@code system} for the scan
 */
public record UrgeNotice(long id, String caseNumber, CaseStage stage, Kind kind, String department,
        String subdistrictCode, Instant dueAt, String note, String urgedBy, Instant createdAt) {

    /** Who urges as the supervision scan. */
    public static final String SYSTEM = "system";

    public enum Kind {
        /** 超时督办: raised by the scan. */
        OVERDUE,
        /** 人工督办: by a dispatcher or leader. */
        MANUAL
    }
}
