package org.gridloop.casework.web;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gridloop.casework.CasePage;
import org.gridloop.casework.CaseSummary;

/** A page of cases as the API lists them. */
record CaseListing(List<Line> content, int page, int size, long totalElements, int totalPages) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String number, String status, String kind, String categoryCode, String categoryName,
            String gridCode, String community, String subdistrict, String subdistrictCode, String department,
            String address, double lat, double lon, OffsetDateTime reportedAt, OffsetDateTime updatedAt,
            String stage, String light, OffsetDateTime dueAt) {
    }

    static CaseListing of(CasePage page) {
        return new CaseListing(page.content().stream().map(CaseListing::line).toList(), page.page(), page.size(),
                page.totalElements(), page.totalPages());
    }

    private static Line line(CaseSummary summary) {
        return new Line(summary.number(), summary.status().name(), summary.kind().name().toLowerCase(),
                summary.categoryCode(), summary.categoryName(), summary.gridCode(), summary.communityName(),
                summary.subdistrictName(), summary.subdistrictCode(), summary.department(), summary.address(),
                summary.latitude(), summary.longitude(), CaseRepresentations.at(summary.reportedAt()),
                CaseRepresentations.at(summary.updatedAt()), summary.stage() == null ? null : summary.stage().name(),
                summary.light() == null ? null : summary.light().name(), CaseRepresentations.at(summary.dueAt()));
    }
}
