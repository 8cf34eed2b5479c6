package org.gridloop.casework.web;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gridloop.casework.CaseFile;

/**
 * What the reporter gets back: the case number, its status and the grid it was placed in.
 *
 * @param grid   {@code null} when the position lies outside the grid area
 * @param replay {@code true} when the clientId was seen before and this is the first result again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReportReceipt(String number, String status, CaseRepresentation.GridPart grid, boolean outsideGridArea,
        OffsetDateTime reportedAt, boolean replay) {

    static ReportReceipt of(CaseFile file, boolean replay) {
        var place = file.facts().place();
        return new ReportReceipt(file.number().value(), file.status().name(),
                CaseRepresentation.GridPart.of(place),
                place == null, CaseRepresentations.at(file.facts().reportedAt()), replay);
    }
}
