package org.gridloop.organization;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the other modules may read of the inspector teams (监督员队伍) for counting their work:
 * the teams with their mode and vendor, who belonged to which team when, the quarterly quotas
 * the vendors' contracts and the kept attendance days.
 */
public interface TeamDirectory {

    /**
     * A team as it is now.
     *
     * @param mode       {@code SELF_ORGANIZED} or {@code OUTSOURCED}
     * @param vendorCode the vendor supplying an outsourced team now, else {@code null}
     * @param inspectors the team's active members now
     */
    record TeamSummary(String code, String name, String subdistrictCode, String mode, String vendorCode,
            String vendorName, int inspectors) {
    }

    /**
     * A span of time an inspector belonged to a team.
     *
     * @param joinedAt when they joined; {@code null} for a first membership, which reaches back
     *                 without limit
     * @param leftAt   when they left; {@code null} while they belong
     */
    record Membership(String teamCode, Instant joinedAt, Instant leftAt) {

        public boolean covers(Instant at) {
            return (joinedAt == null || !at.isBefore(joinedAt)) && (leftAt == null || at.isBefore(leftAt));
        }
    }

    /**
     * A vendor's contract for a team (both days included).
     *
     * @param unitPrice yuan paid per valid report
     * @param deduction yuan deducted per invalid report
     */
    record TeamContract(String teamCode, String vendorCode, String vendorName, LocalDate validFrom, LocalDate validTo,
            BigDecimal unitPrice, BigDecimal deduction) {
    }

    /**
     * A team's kept attendance (考勤) over some days: the members' scheduled minutes and those on
     * duty (在岗), each inspector day counted for the team the inspector belonged to that day.
     */
    record OnDuty(long scheduledMinutes, long onDutyMinutes) {
    }

    /** Every team, ordered by code. */
    List<TeamSummary> teams();

    /** The memberships of the inspectors, by username, each list the earliest first. */
    Map<String, List<Membership>> memberships(Collection<String> usernames);

    /**
     * The quota (达标量) of every team for the quarter written {@code yyyy-Qn}, by team code: the
     * quarter's own, else its contract's, else the team's default; teams without one are left out.
     */
    Map<String, Integer> quotas(String quarter);

    /** Every contract of every team, ordered by team and start. */
    List<TeamContract> contracts();

    /**
     * The kept attendance of every team over the days from {@code from} to {@code toInclusive},
     * by team code; days not reckoned yet count nothing, and teams without any kept day are left out.
     */
    Map<String, OnDuty> onDuty(LocalDate from, LocalDate toInclusive);
}
