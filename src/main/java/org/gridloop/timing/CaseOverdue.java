package org.gridloop.timing;

import java.time.Instant;

import org.gridloop.casework.CaseStage;

/**
 * 超时: the clock of a stage of case {@code number} turned red. Raised once per stage, with an
 * urge notice.
 *
 * @param department the department holding the case, {@code null} before dispatch
 */
public record CaseOverdue(String number, CaseStage stage, String department, Instant dueAt, Instant at) {
}
