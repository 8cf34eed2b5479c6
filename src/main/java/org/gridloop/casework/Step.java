package org.gridloop.casework;

import java.time.Instant;
import java.util.List;

import org.gridloop.identity.Actor;

/**
 * Who takes an action, when, where and with what remark and photos.
 *
 * @param latitude  the actor's position when given (inspectors on site), else {@code null}
 * @param longitude the actor's position when given, else {@code null}
 */
public record Step(Actor actor, Instant at, String note, List<String> photos, Double latitude, Double longitude) {

    public Step {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public static Step by(Actor actor, Instant at) {
        return new Step(actor, at, null, List.of(), null, null);
    }
}
