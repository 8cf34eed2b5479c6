package org.gridloop.casework.web;

import static org.gridloop.casework.CaseStatus.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridloop.casework.CaseFilter;
import org.gridloop.casework.CaseStatus;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;

/**
 * A workstation queue (待办): the cases waiting for one post, in one or more sections shown as
 * tabs. Served at {@code /queues/{path}}.
 */
enum Queue {

    INTAKE("intake", Post.INTAKE_OPERATOR,
            Section.of("reported", REPORTED),
            Section.of("handled", HANDLED)),
    REGISTRATION("registration", Post.SHIFT_SUPERVISOR,
            Section.of("accepted", ACCEPTED)),
    DISPATCH("dispatch", Post.DISPATCHER,
            Section.of("registered", REGISTERED),
            Section.of("requests", RETURN_REQUESTED, SUSPENSION_REQUESTED),
            new Section("extensions", EnumSet.of(DISPATCHED), true, false),
            Section.of("suspended", SUSPENDED)),
    DEPARTMENT("department", Post.DEPARTMENT_HANDLER,
            Section.of("dispatched", DISPATCHED)),
    TASKS("tasks", Post.INSPECTOR,
            new Section("tasks", EnumSet.of(VERIFYING, CHECKING), null, true)),
    CLOSING("closing", Post.SHIFT_SUPERVISOR,
            Section.of("checked", CHECKED));

    /**
     * One list of a queue.
     *
     * @param key              its name in URLs ({@code ?section=}) and message codes
     * @param extensionPending only cases with a pending extension request when {@code true}
     * @param assignedToMe     only cases whose open task is the signed-in inspector's
     */
    record Section(String key, Set<CaseStatus> statuses, Boolean extensionPending, boolean assignedToMe) {

        static Section of(String key, CaseStatus first, CaseStatus... more) {
            return new Section(key, EnumSet.of(first, more), null, false);
        }

        CaseFilter filter(Actor actor, ListFilters filters) {
            return new CaseFilter(statuses, filters.subdistrict(), null, assignedToMe ? actor.username() : null,
                    filters.number(), extensionPending, filters.lightFilter().orElse(null));
        }
    }

    private final String path;
    private final Post post;
    private final List<Section> sections;

    Queue(String path, Post post, Section... sections) {
        this.path = path;
        this.post = post;
        this.sections = List.of(sections);
    }

    static Optional<Queue> of(String path) {
        return Arrays.stream(values()).filter(queue -> queue.path.equals(path)).findFirst();
    }

    /** The first queue of the actor's posts, where they go back to when a case leaves their hands. */
    static Optional<Queue> firstFor(Actor actor) {
        return Arrays.stream(values()).filter(queue -> queue.isFor(actor)).findFirst();
    }

    boolean isFor(Actor actor) {
        return actor.holds(post);
    }

    String path() {
        return path;
    }

    Post post() {
        return post;
    }

    List<Section> sections() {
        return sections;
    }

    /** The named section, or the first one for an unknown or missing name. */
    Section section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst().orElse(sections.get(0));
    }
}
