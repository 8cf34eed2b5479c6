/**
 * Working calendar (工作日历) and time-limit standards (时限标准).
 *
 * <p>The {@link org.gridloop.timing.WorkingCalendars working calendar} counts working time in
 * Asia/Shanghai: working periods per weekday (by default 09:00–12:00 and 14:00–18:00, Monday to
 * Friday) in versions valid over a date range, official holidays off and make-up working days
 * (调休上班) on. The holidays of 2025 and 2026 are loaded from {@code timing/cn-holidays.csv} at
 * the first start of every installation; an administrator adds the next year's schedule.
 *
 * <p>{@link org.gridloop.timing.TimeLimits Time limits} are data, versioned by the instant they
 * take effect: one per workflow {@link org.gridloop.casework.CaseStage stage}, and one for handling
 * per class × registration condition × {@link org.gridloop.casework.Urgency urgency}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timing")
package org.gridloop.timing;
