package org.gridloop.field.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to a sync batch: one answer per report and result, the position samples kept and
 * refused, and the task and report changes since the client's cursor.
 *
 * @param cursor the value to send as {@code cursor} next time
 */
public record SyncResponse(List<ItemAnswer> items, PositionAnswer positions, long cursor, List<TaskChange> tasks,
        List<ReportChange> reports) {

    /** The item was carried out now. */
    public static final String ACCEPTED = "accepted";
    /** The item was carried out by an earlier sync; nothing changed now. */
    public static final String DUPLICATE = "duplicate";
    /** The item was refused; {@code field} and {@code reason} say why. */
    public static final String REFUSED = "refused";

    /**
     * The answer to one report or result.
     *
     * @param state      {@value #ACCEPTED}, {@value #DUPLICATE} or {@value #REFUSED}
     * @param caseNumber the case the item created or acted on
     * @param field      the field at fault of a refused item, {@code null} when the item as a whole was refused
     * @param reason     why, in the request's locale
     * @param errors     every field at fault of a refused item (the first one is {@code field})
     */
    public record ItemAnswer(String clientId, String state, String caseNumber, String field, String reason,
            List<FieldError> errors) {

        public ItemAnswer {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        static ItemAnswer accepted(String clientId, String caseNumber) {
            return new ItemAnswer(clientId, ACCEPTED, caseNumber, null, null, List.of());
        }

        static ItemAnswer duplicate(String clientId, String caseNumber) {
            return new ItemAnswer(clientId, DUPLICATE, caseNumber, null, null, List.of());
        }
    }

    public record FieldError(String field, String reason) {
    }

    /** @param accepted the number of samples kept (a sample sent before counts as kept) */
    public record PositionAnswer(int accepted, List<RefusedPosition> refused) {

        public PositionAnswer {
            refused = List.copyOf(refused);
        }
    }

    /** @param index the sample's position in the request's {@code positions} */
    public record RefusedPosition(int index, String field, String reason) {
    }

    /**
     * The state of one of the inspector's tasks.
     *
     * @param task  {@code verification} (核实) or {@code check} (核查)
     * @param state {@code open}, {@code done}, or {@code withdrawn} (the case left the task or it
     *              went to another inspector)
     * @param light the light of the case's stage clock ({@code green}, {@code yellow}, {@code red}),
     *              {@code null} when no clock runs
     */
    public record TaskChange(String caseNumber, String task, String state, OffsetDateTime dueAt, String light,
            Double lat, Double lon, String address, String categoryCode, String categoryName, String description) {
    }

    /** The status of one of the inspector's own reports, as the case's status name. */
    public record ReportChange(String clientId, String caseNumber, String status) {
    }
}
