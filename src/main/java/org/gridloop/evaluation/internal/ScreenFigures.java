package org.gridloop.evaluation.internal;

import java.time.Instant;
import java.util.List;

import org.gridloop.evaluation.HeadlineFigures;

/**
 * What the command center's big screen (监督指挥大屏) shows at one moment: the headline figures
 * of today and of this month, the cases open and overdue now, and the latest case steps.
 *
 * @param at       when the figures were counted
 * @param today    today's figures, in Asia/Shanghai
 * @param month    this month's figures
 * @param openNow  cases not closed, rejected, declined, discarded or merged
 * @param overdueNow open cases whose stage or case clock is red
 * @param steps    the latest steps, newest first
 */
public record ScreenFigures(Instant at, Figures today, Figures month, long openNow, long overdueNow,
        List<LatestStep> steps) {

    /** The headline figures of one period as the screen shows them; rates are fractions. */
    public record Figures(String period, long reports, long inspectorReports, long registered,
            Double foundByInspectorsRate, Double dispatchAccuracy, Double closingRate, Double averageHandlingHours) {

        static Figures of(HeadlineFigures f) {
            return new Figures(f.period().text(), f.reports(), f.inspectorReports(), f.registered(),
                    f.foundByInspectorsRate(), f.dispatchAccuracy(), f.closingRate(), f.averageHandlingHours());
        }
    }

    /**
     * One step of a case's timeline.
     *
     * @param action       the casework action's name ({@code DISPATCH})
     * @param categoryName the class's name in the active scheme, {@code null} if it has none
     */
    public record LatestStep(String number, int sequence, String action, Instant at, String post, String kind,
            String categoryCode, String categoryName, String gridCode) {
    }
}
