package org.gridloop.identity;

import java.util.Optional;

/**
 * The user signed in on the current request, for code that cannot declare an {@link Actor}
 * parameter on a controller method (page layout, services called outside MVC).
 */
public interface CurrentActor {

    /** The signed-in user, or empty for an anonymous request. */
    Optional<Actor> find();
}
