package org.gridloop.casework;

import java.time.Instant;

/**
 * A legacy import (历史数据导入) whose file passed the check, and how far the writing of its
 * cases got. The cases are written in one transaction, so until the import is {@link State#DONE}
 * none of them is visible and {@code done} counts the cases written inside that transaction.
 *
 * @param id          the import's id
 * @param state       where it stands
 * @param done        the cases written: all of them once done; none is kept once failed, so 0
 * @param total       the cases of the file
 * @param requestedBy the administrator who sent the file
 * @param requestedAt when the file passed the check and the writing started
 * @param finishedAt  when it was done or failed, {@code null} while running
 * @param failure     why it failed, a message code; {@code null} unless failed
 */
public record ImportJob(long id, State state, long done, long total, String requestedBy, Instant requestedAt,
        Instant finishedAt, String failure) {

    /** Where an import stands. */
    public enum State {
        /** Its cases are being written; none is visible yet. */
        RUNNING,
        /** Every case of the file was written and is visible. */
        DONE,
        /** It stopped; none of its cases was kept. */
        FAILED
    }
}
