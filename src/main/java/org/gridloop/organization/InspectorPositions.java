package org.gridloop.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.grid.BoundingBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the inspectors are: the last position each one's field app reported, kept one per
 * inspector in {@code organization_inspector_position}, for the command map. It is the newest
 * of the inspector's {@link PositionSamples position samples}; a single position reported here
 * is a sample taken now.
 */
@Service
public class InspectorPositions {

    /** The largest accuracy radius a device may claim; beyond it a position says nothing. */
    static final double MAX_ACCURACY_METERS = 10_000;

    private static final String SELECT = """
            SELECT p.*, i.name, t.name AS team_name FROM organization_inspector_position p
            JOIN organization_inspector i ON i.username = p.username
            JOIN organization_inspector_team t ON t.code = i.team_code""";

    private final JdbcClient jdbc;
    private final PositionSamples samples;
    private final Clock clock;

    InspectorPositions(JdbcClient jdbc, PositionSamples samples, Clock clock) {
        this.jdbc = jdbc;
        this.samples = samples;
        this.clock = clock;
    }

    /**
     * Keeps the position as a sample taken now, and so as the inspector's last one.
     *
     * @throws DomainException INVALID naming {@code lat}, {@code lon} or {@code accuracyMeters};
     *                         FORBIDDEN when the user is no active member of an inspector team
     */
    @Transactional
    public InspectorPosition report(String username, Double latitude, Double longitude, Double accuracyMeters) {
        List<FieldProblem> problems = new ArrayList<>();
        if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
            problems.add(new FieldProblem("lat", "organization.position.lat", "must be between -90 and 90"));
        }
        if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
            problems.add(new FieldProblem("lon", "organization.position.lon", "must be between -180 and 180"));
        }
        if (accuracyMeters != null && !(accuracyMeters >= 0 && accuracyMeters <= MAX_ACCURACY_METERS)) {
            problems.add(new FieldProblem("accuracyMeters", "organization.position.accuracy",
                    "must be between 0 and 10000 metres"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "problem.invalid-input",
                    "The position has invalid fields.", problems);
        }
        samples.ingest(username, List.of(new PositionSample(clock.instant(), latitude, longitude, accuracyMeters)));
        return jdbc.sql(SELECT + " WHERE p.username = :username").param("username", username)
                .query((rs, n) -> position(rs)).single();
    }

    /** The last positions within the box that arrived at or after {@code since}, by username. */
    public List<InspectorPosition> reportedWithin(BoundingBox box, Instant since) {
        return jdbc.sql(SELECT + """
                 WHERE p.reported_at >= :since AND p.latitude BETWEEN :south AND :north
                  AND p.longitude BETWEEN :west AND :east AND i.active
                ORDER BY p.username""")
                .param("since", Timestamp.from(since)).param("south", box.south()).param("north", box.north())
                .param("west", box.west()).param("east", box.east())
                .query((rs, n) -> position(rs)).list();
    }

    private static InspectorPosition position(ResultSet rs) throws SQLException {
        double accuracy = rs.getDouble("accuracy_m");
        Double accuracyMeters = rs.wasNull() ? null : accuracy;
        return new InspectorPosition(rs.getString("username"), rs.getString("name"), rs.getString("team_name"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), accuracyMeters,
                rs.getTimestamp("reported_at").toInstant());
    }
}
