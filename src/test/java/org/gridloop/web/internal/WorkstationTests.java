package org.gridloop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.junit.jupiter.api.Test;

class WorkstationTests {

    @Test
    void listsTheWorkstationsOfEachPostHeld() {
        Actor operatorAndSupervisor = new Actor("wang", "王", Set.of(Post.INTAKE_OPERATOR, Post.SHIFT_SUPERVISOR), null);

        assertThat(Workstation.of(operatorAndSupervisor)).extracting(Workstation::path).containsExactly(
                "/queues/intake", "/hotline", "/queues/registration", "/queues/closing", "/supervision", "/cases",
                "/map", "/evaluation/dashboard", "/evaluation/screen", "/evaluation/scorecards", "/attendance", "/admin/teams");
    }

    @Test
    void givesEveryoneTheCaseSearchAndLeadersTheSupervision() {
        Actor leader = new Actor("chen", "陈", Set.of(Post.LEADER), null);

        assertThat(Workstation.of(leader)).extracting(Workstation::path).containsExactly("/supervision", "/cases",
                "/map", "/evaluation/dashboard", "/evaluation/screen", "/evaluation/scorecards", "/attendance",
                "/admin/teams");
    }

    @Test
    void givesAdministratorsTheCalendarAndTheTimeLimits() {
        Actor admin = new Actor("admin", "管理员", Set.of(Post.ADMINISTRATOR), null);

        assertThat(Workstation.of(admin)).extracting(Workstation::path)
                .containsExactly("/cases", "/map", "/evaluation/dashboard", "/evaluation/screen",
                        "/evaluation/scorecards", "/attendance", "/admin/calendar", "/admin/time-limits", "/admin/areas",
                        "/admin/grids", "/admin/work-grids", "/admin/departments", "/admin/accounts", "/admin/teams", "/admin/vendors", "/admin/routing-rules",
                        "/admin/assets", "/census", "/admin/categories", "/admin/audit");
    }

    @Test
    void sendsInspectorsAndDepartmentsToTheirOwnQueues() {
        assertThat(Workstation.of(new Actor("i", "i", Set.of(Post.INSPECTOR), null)))
                .extracting(Workstation::path).containsExactly("/queues/tasks", "/cases");
        assertThat(Workstation.of(new Actor("h", "h", Set.of(Post.DEPARTMENT_HANDLER), "WATER")))
                .extracting(Workstation::path).containsExactly("/queues/department", "/supervision", "/cases");
    }
}
