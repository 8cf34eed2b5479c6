package org.gridloop.casework.web;

import java.util.List;

import org.gridloop.casework.ActionRequest;

/**
 * The fields of a multipart action; its photos arrive as files named {@code photos}.
 */
record ActionForm(String note, String reason, String departmentCode, String inspector, Boolean confirmed,
        Boolean passed, Boolean granted, Boolean approved, Integer minutes, String into, Double lat, Double lon,
        Integer version, String urgency, String condition, String kind, String categoryCode) {

    ActionRequest toRequest() {
        return new ActionRequest(note, reason, departmentCode, inspector, confirmed, passed, granted, approved, minutes,
                into, List.of(), lat, lon, version, urgency, condition, kind, categoryCode);
    }
}
