package org.gridloop.casework;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.gridloop.casework.CaseTransitions.Transition;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;

/**
 * Decides whether an actor may take an action on a case now: the transition table (status and
 * post), then the data scope of the post, then the case's own guards.
 */
final class CaseAuthorization {

    /**
     * Posts of the supervision and command centers, which see every case of the platform, or of
     * their subdistricts when they work for subdistrict centers.
     */
    static final Set<Post> CENTRAL = EnumSet.of(Post.INTAKE_OPERATOR, Post.SHIFT_SUPERVISOR, Post.DISPATCHER,
            Post.LEADER, Post.ADMINISTRATOR);

    private CaseAuthorization() {
    }

    /** Whether the actor may see the case at all. */
    static boolean canSee(CaseFile file, Actor actor) {
        return actor.posts().stream().anyMatch(post -> inScope(file, actor, post, null));
    }

    /**
     * @return the post in which the actor takes the action
     * @throws CaseActionRefused naming the status and the action
     */
    static Post authorize(CaseFile file, Actor actor, CaseAction action) {
        Decision decision = decide(file, actor, action);
        if (decision.post() == null) {
            throw decision.refusal().get();
        }
        return decision.post();
    }

    static boolean allows(CaseFile file, Actor actor, CaseAction action) {
        return decide(file, actor, action).post() != null;
    }

    /** The post that may take the action, or how to refuse it; decided without throwing. */
    private record Decision(Post post, Supplier<CaseActionRefused> refusal) {

        static Decision refused(Supplier<CaseActionRefused> refusal) {
            return new Decision(null, refusal);
        }
    }

    private static Decision decide(CaseFile file, Actor actor, CaseAction action) {
        CaseStatus status = file.status();
        if (!canSee(file, actor)) {
            return Decision.refused(() -> CaseActionRefused.outOfScope(action, status));
        }
        Set<Post> everAllowed = CaseTransitions.postsFor(action);
        if (actor.posts().stream().noneMatch(everAllowed::contains)) {
            return Decision.refused(() -> CaseActionRefused.notForPost(action, status));
        }
        Transition transition = CaseTransitions.find(status, action).orElse(null);
        if (transition == null) {
            return Decision.refused(() -> CaseActionRefused.notInStatus(action, status));
        }
        if (actor.posts().stream().noneMatch(transition::permits)) {
            return Decision.refused(() -> CaseActionRefused.notForPost(action, status));
        }
        Post post = actor.posts().stream().filter(transition::permits)
                .filter(candidate -> action == CaseAction.COMMENT || inScope(file, actor, candidate, action))
                .findFirst().orElse(null);
        if (post == null) {
            return Decision.refused(() -> CaseActionRefused.outOfScope(action, status));
        }
        Supplier<CaseActionRefused> guard = guard(file, action);
        return guard == null ? new Decision(post, null) : Decision.refused(guard);
    }

    /**
     * Whether the case lies in the data scope of the post: an inspector's own reports and tasks
     * (only the assigned inspector verifies or checks) and, to see, the cases the inspector took a
     * step of; a handler's own department's cases; the centers' cases of their subdistricts.
     */
    private static boolean inScope(CaseFile file, Actor actor, Post post, CaseAction action) {
        return switch (post) {
            case INSPECTOR -> actor.username().equals(file.assignedInspector())
                    || (action != CaseAction.VERIFY && action != CaseAction.CHECK
                        && actor.username().equals(file.facts().reporter()))
                    || (action == null && workedOn(file, actor));
            case DEPARTMENT_HANDLER -> actor.departmentCode() != null
                    && actor.departmentCode().equals(file.department());
            default -> CENTRAL.contains(post) && actor.covers(file.facts().subdistrictCode());
        };
    }

    /** Whether the actor took a step of the case before: an inspector who verified it still sees it. */
    private static boolean workedOn(CaseFile file, Actor actor) {
        return file.timeline().stream().anyMatch(entry -> actor.username().equals(entry.actor()));
    }

    /** The refusal of the case's own guard for the action, or {@code null} when it passes. */
    private static Supplier<CaseActionRefused> guard(CaseFile file, CaseAction action) {
        CaseStatus status = file.status();
        return switch (action) {
            case VERIFY, CHECK -> file.assignedInspector() != null ? null
                    : () -> CaseActionRefused.guard("case.refused.noTask", action, status, "no inspector task");
            case ACCEPT -> !file.facts().channel().requiresVerification() || file.isVerified() ? null
                    : () -> CaseActionRefused.guard("case.refused.verificationRequired", action, status,
                            "a report from this channel must be verified on site first");
            case REQUEST_EXTENSION -> !file.isExtensionPending() ? null
                    : () -> CaseActionRefused.guard("case.refused.extensionPending", action, status,
                            "an extension request is already pending");
            case DECIDE_EXTENSION -> file.isExtensionPending() ? null
                    : () -> CaseActionRefused.guard("case.refused.noExtensionPending", action, status,
                            "no extension request is pending");
            default -> null;
        };
    }
}
