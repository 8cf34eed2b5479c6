package org.gridloop.casework;

import java.time.Instant;
import java.util.List;

import org.gridloop.identity.Post;

/**
 * One step in the life of a case, written once and never changed.
 *
 * @param sequence   1 for the report, then one more per step
 * @param action     what was done
 * @param from       the status before, {@code null} for the step that created the case
 * @param to         the status after
 * @param actor      username of who did it
 * @param post       the post in which they did it
 * @param at         when, to the second
 * @param latitude   where, when the actor's position was given (WGS-84), else {@code null}
 * @param longitude  where, when given, else {@code null}
 * @param note       the reason, result or remark given with the step
 * @param photos     identifiers of the photos attached to the step
 * @param department the department concerned (dispatched to, returning, handling), if any
 * @param inspector  the inspector a verification or check task went to, if any
 * @param outcome    the finding or decision of a verification, check or approval, if any
 * @param minutes    working minutes asked or granted by an extension step, if any
 * @param stage      the stage whose clock this step stopped, if any
 * @param onTime     whether that stage ended within its limit, judged when it ended
 * @param reclassification the old and new class of a reclassification (改类), else {@code null}
 */
public record TimelineEntry(int sequence, CaseAction action, CaseStatus from, CaseStatus to,
        String actor, Post post, Instant at, Double latitude, Double longitude, String note,
        List<String> photos, String department, String inspector, Outcome outcome,
        Integer minutes, CaseStage stage, Boolean onTime, Reclassification reclassification) {

    public TimelineEntry {
        photos = List.copyOf(photos);
    }

    TimelineEntry ending(CaseStage ended, boolean keptLimit) {
        return new TimelineEntry(sequence, action, from, to, actor, post, at, latitude, longitude, note, photos,
                department, inspector, outcome, minutes, ended, keptLimit, reclassification);
    }
}
