package org.gridloop.organization.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gridloop.organization.InspectorTeams;
import org.gridloop.organization.OnDutyInspectors;
import org.springframework.stereotype.Service;

/** The on-duty inspectors as the attendance reckons them, at one instant. */
@Service
class AttendanceOnDutyInspectors implements OnDutyInspectors {

    private static final double EARTH_RADIUS_METERS = 6_371_000;

    private final Attendance attendance;
    private final InspectorTeams teams;

    AttendanceOnDutyInspectors(Attendance attendance, InspectorTeams teams) {
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
                        distance(latitude, longitude, sample.latitude(), sample.longitude()))
                        .thenComparing(Attendance.Latest::username))
                .map(Attendance.Latest::username);
    }

    @Override
    public Optional<String> lead(String subdistrictCode) {
        return teams.members(subdistrictCode).stream().findFirst();
    }

    /** The great-circle distance in metres. */
    private static double distance(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(a));
    }
}
