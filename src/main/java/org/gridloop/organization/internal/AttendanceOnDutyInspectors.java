package org.gridloop.organization.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gridloop.grid.GreatCircle;
import org.gridloop.organization.OnDutyInspectors;
import org.springframework.stereotype.Service;

/** The on-duty inspectors as the attendance reckons them, at one instant. */
@Service
class AttendanceOnDutyInspectors implements OnDutyInspectors {

    private final Attendance attendance;
    private final JdbcInspectorTeams teams;

    AttendanceOnDutyInspectors(Attendance attendance, JdbcInspectorTeams teams) {
        this.attendance = attendance;
        this.teams = teams;
    }

    @Override
    public List<String> onDuty(List<String> usernames, Instant at) {
        return attendance.onDuty(usernames, at).stream().map(Attendance.Latest::username).toList();
    }

    @Override
    public Optional<String> nearestOnDuty(String subdistrictCode, double latitude, double longitude, Instant at) {
        return attendance.onDuty(teams.members(subdistrictCode), at).stream()
                .min(Comparator.comparingDouble((Attendance.Latest sample) ->
                        GreatCircle.meters(latitude, longitude, sample.latitude(), sample.longitude()))
                        .thenComparing(Attendance.Latest::username))
                .map(Attendance.Latest::username);
    }

    @Override
    public Optional<String> lead(String subdistrictCode) {
        return teams.chosenLead(subdistrictCode).or(() -> teams.members(subdistrictCode).stream().findFirst());
    }
}
