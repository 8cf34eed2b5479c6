package org.gridloop.organization.internal;

import java.time.LocalDate;

/**
 * An inspector's attendance on one day: the scheduled minutes of the team's shifts and those on
 * duty (在岗), and the patrol coverage of the unit grids of the inspector's work grids.
 *
 * @param onDutyRate on-duty minutes / scheduled minutes, {@code null} when nothing was scheduled
 * @param unitGrids  the unit grids of the inspector's work grids
 * @param coverage   covered unit grids / unit grids, {@code null} when the inspector has none
 */
public record DayAttendance(String username, LocalDate date, int scheduledMinutes, int onDutyMinutes,
        Double onDutyRate, int unitGrids, int coveredUnitGrids, Double coverage) {

    static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
