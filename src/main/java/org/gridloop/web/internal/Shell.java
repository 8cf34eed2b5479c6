package org.gridloop.web.internal;

import java.util.List;

import org.gridloop.identity.Actor;
import org.gridloop.identity.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the layout shows around every page, read from templates as {@code @shell}: the
 * signed-in user and the workstations of their posts. A bean rather than model attributes, so
 * error pages and other modules' pages get it without doing anything.
 */
@Component("shell")
class Shell {

    private final CurrentActor currentActor;

    Shell(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** The signed-in user, or {@code null} on the login and error pages of anonymous visitors. */
    public Actor actor() {
        return currentActor.find().orElse(null);
    }

    public List<Workstation> workstations() {
        return currentActor.find().map(Workstation::of).orElse(List.of());
    }
}
