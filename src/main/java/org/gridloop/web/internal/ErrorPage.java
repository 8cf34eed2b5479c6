package org.gridloop.web.internal;

import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/** The friendly error page of the workstations ({@code templates/error.html}). */
final class ErrorPage {

    private ErrorPage() {
    }

    /**
     * @param detail        what went wrong in the user's language, or {@code null} for the generic text of the status
     * @param correlationId quoted on the page so that a report can be matched with the log
     */
    static ModelAndView of(HttpStatusCode status, String detail, String correlationId) {
        ModelAndView page = new ModelAndView("error", Map.of(
                "status", status.value(),
                "detail", detail == null ? "" : detail,
                "correlationId", correlationId == null ? "" : correlationId));
        page.setStatus(status);
        return page;
    }
}
