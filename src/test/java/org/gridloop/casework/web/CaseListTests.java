package org.gridloop.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.gridloop.casework.CasePage;
import org.junit.jupiter.api.Test;

class CaseListTests {

    @Test
    void pageLinksKeepTheFiltersAndLeaveOutBlankOnes() {
        CaseList list = CaseList.frame("/queues/dispatch", "queue.dispatch.title", List.of(), "requests",
                new ListFilters("440307001", " ", null, "water", null, null, null, null, null, null), false)
                .withResults(new CasePage(List.of(), 1, 20, 65), Set.of());

        assertThat(list.pageLink(2))
                .isEqualTo("/queues/dispatch?section=requests&subdistrict=440307001&department=water&page=2");
        assertThat(list.pageLink(0)).isEqualTo("/queues/dispatch?section=requests&subdistrict=440307001&department=water");
        assertThat(list.hasPrevious()).isTrue();
        assertThat(list.hasNext()).isTrue();
    }

    @Test
    void endsAtTheLastPage() {
        CaseList list = CaseList.frame("/cases", "search.title", List.of(), null, new ListFilters(null, null, null, null, null, null, null, null, null, null), true)
                .withResults(new CasePage(List.of(), 3, 20, 65), Set.of());

        assertThat(list.hasNext()).isFalse();
        assertThat(list.pageLink(2)).isEqualTo("/cases?page=2");
    }

    @Test
    void ignoresAnUnknownStatusFilter() {
        assertThat(new ListFilters(null, null, "closed", null, null, null, null, null, null, null).caseStatus()).hasValueSatisfying(
                status -> assertThat(status.name()).isEqualTo("CLOSED"));
        assertThat(new ListFilters(null, null, "FINISHED", null, null, null, null, null, null, null).caseStatus()).isEmpty();
    }
}
