package org.gridloop.evaluation;

import org.gridloop.Period;

/**
 * The headline figures leaders read (领导看板指标) for a period, over every case of the platform.
 * Rates are fractions, unrounded, and {@code null} when nothing was there to count.
 *
 * @param period                      the period counted
 * @param reports                     reports received in the period, every channel (self-handled
 *                                    ones included)
 * @param inspectorReports            those that came from inspectors
 * @param registered                  cases registered (立案) in the period
 * @param foundByInspectorsRate       the share of those reported by an inspector
 * @param dispatchAccuracy            dispatches in the period not followed by an approved return
 *                                    (同意回退) before the next dispatch, over all dispatches in the period
 * @param closingRate                 cases registered in the period and closed by its end, over the
 *                                    cases registered in the period and not discarded by its end
 * @param averageHandlingHours        the mean, over the cases handled in the period (each at its last
 *                                    handling report in the period), of the hours from the last
 *                                    dispatch before that report to it, on the clock
 * @param averageHandlingWorkingHours the same in working hours on the working calendar
 * @param overdueNow                  open cases whose stage clock or case clock is red now
 */
public record HeadlineFigures(Period period, long reports, long inspectorReports, long registered,
        Double foundByInspectorsRate, Double dispatchAccuracy, Double closingRate, Double averageHandlingHours,
        Double averageHandlingWorkingHours, long overdueNow) {
}
