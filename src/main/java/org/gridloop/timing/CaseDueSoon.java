package org.gridloop.timing;

import java.time.Instant;

import org.gridloop.casework.CaseStage;

/**
 * 即将超时: the clock of a stage of case {@code number} turned yellow. Raised once per stage.
 *
 * @param department the department holding the case, {@code null} before dispatch
 */
public record CaseDueSoon(String number, CaseStage stage, String department, Instant dueAt, Instant at) {
}
