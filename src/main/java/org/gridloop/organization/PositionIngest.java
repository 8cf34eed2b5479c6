package org.gridloop.organization;

import java.util.List;

/**
 * The answer to a batch of position samples: how many were accepted (a sample already stored
 * counts as accepted, it is simply not stored again) and which were refused, one by one.
 */
public record PositionIngest(int accepted, List<Refused> refused) {

    public PositionIngest {
        refused = List.copyOf(refused);
    }

    /**
     * A refused sample.
     *
     * @param index       its position in the batch, from 0
     * @param field       the field at fault: {@code at}, {@code lat}, {@code lon} or {@code accuracyMeters}
     * @param messageCode the message bundle key that words the reason
     * @param message     the reason in English, for logs and clients without bundles
     */
    public record Refused(int index, String field, String messageCode, String message) {
    }
}
