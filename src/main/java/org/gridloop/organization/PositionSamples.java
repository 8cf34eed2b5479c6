package org.gridloop.organization;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gridloop.DomainException;
import org.gridloop.organization.PositionIngest.Refused;
import org.gridloop.organization.internal.SamplePartitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inspectors' position samples (定位轨迹): the field app samples its position while on duty
 * and sends the samples in batches, each at the device's own time. A batch is kept sample by
 * sample: an impossible sample is refused with its reason and the others are kept. A sample is
 * refused when its time is missing, older than {@value #MAX_AGE_DAYS} days or more than
 * {@value #MAX_AHEAD_SECONDS} s ahead of the application clock, or when its coordinates or
 * accuracy are impossible. A sample repeated (same inspector and instant, to the millisecond)
 * counts as accepted and is stored once, so a client may resend a batch it is unsure about.
 * The newest accepted sample becomes the inspector's last position for the command map
 * ({@link InspectorPositions}) unless a newer one is already there.
 */
@Service
public class PositionSamples {

    static final int MAX_AGE_DAYS = 7;
    static final int MAX_AHEAD_SECONDS = 120;
    /** The largest batch one request may carry. */
    public static final int MAX_BATCH = 5_000;

    private final JdbcClient jdbc;
    private final SamplePartitions partitions;
    private final Clock clock;

    PositionSamples(JdbcClient jdbc, SamplePartitions partitions, Clock clock) {
        this.jdbc = jdbc;
        this.partitions = partitions;
        this.clock = clock;
    }

    /**
     * Keeps the inspector's samples that are possible and refuses the others one by one.
     *
     * @throws DomainException FORBIDDEN when the user is no active member of an inspector team;
     *                         INVALID naming {@code samples} when there are more than {@value #MAX_BATCH}
     */
    public PositionIngest ingest(String username, List<PositionSample> samples) {
        if (samples == null || samples.size() > MAX_BATCH) {
            throw DomainException.invalidField("samples", "organization.position.batch",
                    "from 0 to " + MAX_BATCH + " samples");
        }
        if (!isInspector(username)) {
            throw notInspector();
        }
        Instant now = clock.instant();
        Instant oldest = now.minus(Duration.ofDays(MAX_AGE_DAYS));
        Instant latest = now.plusSeconds(MAX_AHEAD_SECONDS);
        List<Refused> refused = new ArrayList<>();
        int n = samples.size();
        long[] ats = new long[n];
        double[] lats = new double[n];
        double[] lons = new double[n];
        double[] accuracies = new double[n];
        int kept = 0;
        int newest = -1;
        Set<Long> seen = new HashSet<>();
        Set<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            PositionSample sample = samples.get(i);
            Refused refusal = sample == null ? new Refused(i, "at", "organization.position.at", "a time is required")
                    : refusal(i, sample, oldest, latest);
            if (refusal != null) {
                refused.add(refusal);
                continue;
            }
            long at = sample.at().toEpochMilli();
            if (!seen.add(at)) {
                continue;
            }
            ats[kept] = at;
            lats[kept] = sample.latitude();
            lons[kept] = sample.longitude();
            accuracies[kept] = sample.accuracyMeters() == null ? Double.NaN : sample.accuracyMeters();
            days.add(SamplePartitions.dayOf(sample.at()));
            if (newest < 0 || at > ats[newest]) {
                newest = kept;
            }
            kept++;
        }
        int accepted = n - refused.size();
        if (kept > 0) {
            partitions.ensure(days);
            store(username, Arrays.copyOf(ats, kept), Arrays.copyOf(lats, kept), Arrays.copyOf(lons, kept),
                    Arrays.copyOf(accuracies, kept), newest);
        }
        return new PositionIngest(accepted, refused);
    }

    /** Whether the username belongs to an active member of an inspector team. */
    boolean isInspector(String username) {
        return username != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_inspector WHERE username = :u AND active)")
                .param("u", username).query(Boolean.class).single();
    }

    static DomainException notInspector() {
        return new DomainException(DomainException.Kind.FORBIDDEN, "organization.position.notInspector",
                "Only active members of an inspector team report their position");
    }

    /** One statement: the new samples, and the newest as the last position when it is newer. */
    private void store(String username, long[] ats, double[] lats, double[] lons, double[] accuracies, int newest) {
        jdbc.sql("""
                WITH stored AS (
                    INSERT INTO organization_position_sample (username, at, latitude, longitude, accuracy_m)
                    SELECT :username, TIMESTAMPTZ 'epoch' + g.ms * INTERVAL '1 millisecond', g.lat, g.lon,
                        CAST(NULLIF(g.acc, CAST('NaN' AS float8)) AS real)
                    FROM unnest(CAST(:ats AS bigint[]), CAST(:lats AS float8[]), CAST(:lons AS float8[]),
                        CAST(:accuracies AS float8[])) AS g(ms, lat, lon, acc)
                    ON CONFLICT DO NOTHING)
                INSERT INTO organization_inspector_position (username, latitude, longitude, accuracy_m, reported_at)
                VALUES (:username, :lat, :lon, :accuracy, :at)
                ON CONFLICT (username) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude,
                    accuracy_m = excluded.accuracy_m, reported_at = excluded.reported_at
                WHERE organization_inspector_position.reported_at < excluded.reported_at""")
                .param("username", username).param("ats", ats).param("lats", lats).param("lons", lons)
                .param("accuracies", accuracies).param("lat", lats[newest]).param("lon", lons[newest])
                .param("accuracy", Double.isNaN(accuracies[newest]) ? null : accuracies[newest])
                .param("at", Timestamp.from(Instant.ofEpochMilli(ats[newest])))
                .update();
    }

    private static Refused refusal(int index, PositionSample sample, Instant oldest, Instant latest) {
        if (sample.at() == null) {
            return new Refused(index, "at", "organization.position.at",
                    "a time with its offset is required, e.g. 2026-03-02T09:00:00+08:00");
        }
        if (sample.at().isBefore(oldest)) {
            return new Refused(index, "at", "organization.position.at.old",
                    "older than " + MAX_AGE_DAYS + " days");
        }
        if (sample.at().isAfter(latest)) {
            return new Refused(index, "at", "organization.position.at.ahead",
                    "more than " + MAX_AHEAD_SECONDS + " s in the future");
        }
        if (sample.latitude() == null || !(sample.latitude() >= -90 && sample.latitude() <= 90)) {
            return new Refused(index, "lat", "organization.position.lat", "must be between -90 and 90");
        }
        if (sample.longitude() == null || !(sample.longitude() >= -180 && sample.longitude() <= 180)) {
            return new Refused(index, "lon", "organization.position.lon", "must be between -180 and 180");
        }
        Double accuracy = sample.accuracyMeters();
        if (accuracy != null && !(accuracy >= 0 && accuracy <= InspectorPositions.MAX_ACCURACY_METERS)) {
            return new Refused(index, "accuracyMeters", "organization.position.accuracy",
                    "must be between 0 and 10000 metres");
        }
        return null;
    }
}
