package org.gridloop.casework;

import static org.gridloop.casework.CaseAction.*;
import static org.gridloop.casework.CaseStatus.*;
import static org.gridloop.identity.Post.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gridloop.identity.Post;

/**
 * The transition table of the case workflow: for each status and action, the statuses the case
 * may move to and the posts allowed to take the action. Anything not in the table is refused.
 * {@code docs/workflow.md} is rendered from this table.
 */
public final class CaseTransitions {

    /**
     * One row of the table.
     *
     * @param from   the status the action starts from, {@code null} for the actions that create a case
     * @param action the action
     * @param to     the possible resulting statuses (several when the outcome decides, e.g. a check)
     * @param posts  the posts allowed to take it
     */
    public record Transition(CaseStatus from, CaseAction action, Set<CaseStatus> to, Set<Post> posts) {

        public Transition {
            to = Collections.unmodifiableSet(EnumSet.copyOf(to));
            posts = Collections.unmodifiableSet(EnumSet.copyOf(posts));
        }

        public boolean permits(Post post) {
            return posts.contains(post);
        }
    }

    private static final List<Transition> CREATIONS = List.of(
            new Transition(null, SUBMIT, EnumSet.of(REPORTED), EnumSet.of(INSPECTOR, INTAKE_OPERATOR)),
            new Transition(null, SELF_HANDLE, EnumSet.of(CHECKED), EnumSet.of(INSPECTOR)));

    private static final Map<CaseStatus, Map<CaseAction, Transition>> TABLE = new EnumMap<>(CaseStatus.class);

    static {
        rule(REPORTED, REQUEST_VERIFICATION, Set.of(VERIFYING), INTAKE_OPERATOR);
        rule(VERIFYING, REASSIGN, Set.of(VERIFYING), INTAKE_OPERATOR);
        rule(VERIFYING, VERIFY, Set.of(REPORTED), INSPECTOR);
        rule(REPORTED, ACCEPT, Set.of(ACCEPTED), INTAKE_OPERATOR);
        rule(REPORTED, REJECT, Set.of(REJECTED), INTAKE_OPERATOR);
        rule(REPORTED, MERGE, Set.of(MERGED), INTAKE_OPERATOR);
        rule(ACCEPTED, MERGE, Set.of(MERGED), INTAKE_OPERATOR);
        rule(REPORTED, RECLASSIFY, Set.of(REPORTED), INTAKE_OPERATOR);
        rule(ACCEPTED, RECLASSIFY, Set.of(ACCEPTED), SHIFT_SUPERVISOR);
        rule(ACCEPTED, REGISTER, Set.of(REGISTERED), SHIFT_SUPERVISOR);
        rule(ACCEPTED, DECLINE, Set.of(DECLINED), SHIFT_SUPERVISOR);
        rule(REGISTERED, DISPATCH, Set.of(DISPATCHED), DISPATCHER);
        rule(DISPATCHED, REQUEST_RETURN, Set.of(RETURN_REQUESTED), DEPARTMENT_HANDLER);
        rule(RETURN_REQUESTED, APPROVE_RETURN, Set.of(REGISTERED), DISPATCHER);
        rule(RETURN_REQUESTED, REJECT_RETURN, Set.of(DISPATCHED), DISPATCHER);
        rule(DISPATCHED, REQUEST_EXTENSION, Set.of(DISPATCHED), DEPARTMENT_HANDLER);
        rule(DISPATCHED, DECIDE_EXTENSION, Set.of(DISPATCHED), DISPATCHER);
        rule(DISPATCHED, REQUEST_SUSPENSION, Set.of(SUSPENSION_REQUESTED), DEPARTMENT_HANDLER);
        rule(SUSPENSION_REQUESTED, DECIDE_SUSPENSION, Set.of(SUSPENDED, DISPATCHED), DISPATCHER);
        rule(SUSPENDED, RESUME, Set.of(DISPATCHED), DISPATCHER);
        rule(DISPATCHED, REPORT_HANDLED, Set.of(HANDLED), DEPARTMENT_HANDLER);
        rule(HANDLED, REQUEST_CHECK, Set.of(CHECKING), INTAKE_OPERATOR);
        rule(CHECKING, REASSIGN, Set.of(CHECKING), INTAKE_OPERATOR);
        rule(CHECKING, CHECK, Set.of(CHECKED, DISPATCHED), INSPECTOR);
        rule(CHECKED, CLOSE, Set.of(CLOSED), SHIFT_SUPERVISOR);
        for (CaseStatus status : CaseStatus.values()) {
            if (!status.isTerminal()) {
                rule(status, DISCARD, Set.of(DISCARDED), SHIFT_SUPERVISOR);
                rule(status, URGE, Set.of(status), DISPATCHER, LEADER);
            }
            rule(status, COMMENT, Set.of(status), Post.values());
        }
    }

    /** The posts that may take each action in some status: the first check of a refusal. */
    private static final Map<CaseAction, Set<Post>> POSTS_BY_ACTION = new EnumMap<>(CaseAction.class);

    static {
        for (CaseAction action : CaseAction.values()) {
            POSTS_BY_ACTION.put(action, EnumSet.noneOf(Post.class));
        }
        all().forEach(transition -> POSTS_BY_ACTION.get(transition.action()).addAll(transition.posts()));
        POSTS_BY_ACTION.replaceAll((action, posts) -> Collections.unmodifiableSet(posts));
    }

    private CaseTransitions() {
    }

    /** The posts allowed to take the action in at least one status. */
    public static Set<Post> postsFor(CaseAction action) {
        return POSTS_BY_ACTION.get(action);
    }

    private static void rule(CaseStatus from, CaseAction action, Set<CaseStatus> to, Post... posts) {
        TABLE.computeIfAbsent(from, status -> new EnumMap<>(CaseAction.class))
                .put(action, new Transition(from, action, to, EnumSet.of(posts[0], posts)));
    }

    /** The row for an action on a case in the given status, if the table has one. */
    public static Optional<Transition> find(CaseStatus from, CaseAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The row for an action that creates a case. */
    public static Transition creation(CaseAction action) {
        return CREATIONS.stream().filter(t -> t.action() == action).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(action + " does not create a case"));
    }

    /** Every row: the creating actions first, then by status and action. */
    public static List<Transition> all() {
        List<Transition> rows = new ArrayList<>(CREATIONS);
        TABLE.values().forEach(byAction -> rows.addAll(byAction.values()));
        return List.copyOf(rows);
    }
}
