package org.gridloop.web.internal;

import java.util.List;
import java.util.Set;

import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;

/**
 * A workstation page listed in the navigation for the posts that work there.
 *
 * @param path      the page's URL
 * @param labelCode message code of its name in the navigation
 * @param posts     the posts that see it; empty for everyone
 */
record Workstation(String path, String labelCode, Set<Post> posts) {

    static final List<Workstation> ALL = List.of(
            new Workstation("/queues/intake", "nav.intake", Set.of(Post.INTAKE_OPERATOR)),
            new Workstation("/hotline", "nav.hotline", Set.of(Post.INTAKE_OPERATOR)),
            new Workstation("/queues/registration", "nav.registration", Set.of(Post.SHIFT_SUPERVISOR)),
            new Workstation("/queues/dispatch", "nav.dispatch", Set.of(Post.DISPATCHER)),
            new Workstation("/queues/department", "nav.department", Set.of(Post.DEPARTMENT_HANDLER)),
            new Workstation("/queues/tasks", "nav.tasks", Set.of(Post.INSPECTOR)),
            new Workstation("/queues/closing", "nav.closing", Set.of(Post.SHIFT_SUPERVISOR)),
            new Workstation("/supervision", "nav.supervision", Set.of(Post.DISPATCHER, Post.LEADER,
                    Post.SHIFT_SUPERVISOR, Post.DEPARTMENT_HANDLER)),
            new Workstation("/cases", "nav.cases", Set.of()),
            new Workstation("/map", "nav.map", Set.of(Post.DISPATCHER, Post.LEADER, Post.SHIFT_SUPERVISOR,
                    Post.ADMINISTRATOR)),
            new Workstation("/evaluation/dashboard", "nav.dashboard", Set.of(Post.LEADER, Post.ADMINISTRATOR,
                    Post.SHIFT_SUPERVISOR, Post.DISPATCHER)),
            new Workstation("/evaluation/screen", "nav.screen", Set.of(Post.LEADER, Post.ADMINISTRATOR,
                    Post.SHIFT_SUPERVISOR, Post.DISPATCHER)),
            new Workstation("/evaluation/scorecards", "nav.scorecards", Set.of(Post.LEADER, Post.ADMINISTRATOR,
                    Post.SHIFT_SUPERVISOR, Post.DISPATCHER)),
            new Workstation("/attendance", "nav.attendance", Set.of(Post.LEADER, Post.SHIFT_SUPERVISOR,
                    Post.ADMINISTRATOR)),
            new Workstation("/admin/calendar", "nav.calendar", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/time-limits", "nav.timeLimits", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/areas", "nav.areas", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/grids", "nav.grids", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/work-grids", "nav.workGrids", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/departments", "nav.departments", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/accounts", "nav.accounts", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/teams", "nav.teams", Set.of(Post.ADMINISTRATOR, Post.LEADER,
                    Post.SHIFT_SUPERVISOR)),
            new Workstation("/admin/vendors", "nav.vendors", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/routing-rules", "nav.routingRules", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/assets", "nav.assets", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/census", "nav.census", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/categories", "nav.categories", Set.of(Post.ADMINISTRATOR)),
            new Workstation("/admin/audit", "nav.audit", Set.of(Post.ADMINISTRATOR)));

    /** The workstations of the actor's posts, in the order of the case's journey. */
    static List<Workstation> of(Actor actor) {
        return ALL.stream().filter(page -> page.isFor(actor)).toList();
    }

    public boolean isFor(Actor actor) {
        return posts.isEmpty() || posts.stream().anyMatch(actor::holds);
    }

    public String descriptionCode() {
        return labelCode + ".description";
    }
}
