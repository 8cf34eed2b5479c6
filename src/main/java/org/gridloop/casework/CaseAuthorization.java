package org.gridloop.casework;

import java.util.EnumSet;
import java.util.Set;

import org.gridloop.casework.CaseTransitions.Transition;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;

/**
 * Decides whether an actor may take an action on a case now: the transition table (status and
 * post), then the data scope of the post, then the case's own guards.
 */
final class CaseAuthorization {

    /** Posts of the supervision and command centers, which see every case of the platform. */
    static final Set<Post> CENTRAL = EnumSet.of(Post.INTAKE_OPERATOR, Post.SHIFT_SUPERVISOR, Post.DISPATCHER,
            Post.LEADER, Post.ADMINISTRATOR);

    private CaseAuthorization() {
    }

    /** Whether the actor may see the case at all. */
    static boolean canSee(CaseFile file, Actor actor) {
        return actor.posts().stream().anyMatch(post -> CENTRAL.contains(post) || inScope(file, actor, post, null));
    }

    /**
     * @return the post in which the actor takes the action
     * @throws CaseActionRefused naming the status and the action
     */
    static Post authorize(CaseFile file, Actor actor, CaseAction action) {
        CaseStatus status = file.status();
        if (!canSee(file, actor)) {
            throw CaseActionRefused.outOfScope(action, status);
        }
        if (actor.posts().stream().noneMatch(post -> anyStatusPermits(action, post))) {
            throw CaseActionRefused.notForPost(action, status);
        }
        Transition transition = CaseTransitions.find(status, action)
                .orElseThrow(() -> CaseActionRefused.notInStatus(action, status));
        if (actor.posts().stream().noneMatch(transition::permits)) {
            throw CaseActionRefused.notForPost(action, status);
        }
        Post post = actor.posts().stream().filter(transition::permits)
                .filter(candidate -> action == CaseAction.COMMENT || inScope(file, actor, candidate, action))
                .findFirst()
                .orElseThrow(() -> CaseActionRefused.outOfScope(action, status));
        guard(file, action);
        return post;
    }

    static boolean allows(CaseFile file, Actor actor, CaseAction action) {
        try {
            authorize(file, actor, action);
            return true;
        } catch (CaseActionRefused refused) {
            return false;
        }
    }

    private static boolean anyStatusPermits(CaseAction action, Post post) {
        return CaseTransitions.all().stream().anyMatch(t -> t.action() == action && t.permits(post));
    }

    /**
     * Whether the case lies in the data scope of the post: an inspector's own reports and tasks
     * (only the assigned inspector verifies or checks), a handler's own department's cases.
     */
    private static boolean inScope(CaseFile file, Actor actor, Post post, CaseAction action) {
        return switch (post) {
            case INSPECTOR -> actor.username().equals(file.assignedInspector())
                    || (action != CaseAction.VERIFY && action != CaseAction.CHECK
                        && actor.username().equals(file.facts().reporter()));
            case DEPARTMENT_HANDLER -> actor.departmentCode() != null
                    && actor.departmentCode().equals(file.department());
            default -> CENTRAL.contains(post);
        };
    }

    private static void guard(CaseFile file, CaseAction action) {
        CaseStatus status = file.status();
        switch (action) {
            case VERIFY, CHECK -> {
                if (file.assignedInspector() == null) {
                    throw CaseActionRefused.guard("case.refused.noTask", action, status, "no inspector task");
                }
            }
            case ACCEPT -> {
                if (file.facts().channel().requiresVerification() && !file.isVerified()) {
                    throw CaseActionRefused.guard("case.refused.verificationRequired", action, status,
                            "a report from this channel must be verified on site first");
                }
            }
            case REQUEST_EXTENSION -> {
                if (file.isExtensionPending()) {
                    throw CaseActionRefused.guard("case.refused.extensionPending", action, status,
                            "an extension request is already pending");
                }
            }
            case DECIDE_EXTENSION -> {
                if (!file.isExtensionPending()) {
                    throw CaseActionRefused.guard("case.refused.noExtensionPending", action, status,
                            "no extension request is pending");
                }
            }
            default -> {
            }
        }
    }
}
