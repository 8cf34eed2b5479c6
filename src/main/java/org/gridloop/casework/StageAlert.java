package org.gridloop.casework;

import java.time.Instant;

/**
 * A stage clock that reached a light the supervision scan had not alerted yet.
 *
 * @param department the department holding the case, {@code null} before dispatch
 * @param reachedAt  when the clock reached the light
 */
public record StageAlert(String number, CaseStage stage, String department, String subdistrictCode,
        Instant dueAt, Instant reachedAt) {
}
