package org.gridloop.benchmark;

import java.io.StringReader;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.gridloop.GridloopApplication;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.WorkGrids;
import org.gridloop.organization.PositionSample;
import org.gridloop.organization.PositionSamples;
import org.gridloop.organization.internal.Attendance;
import org.gridloop.organization.internal.SamplePartitions;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark of the position samples in the embedded PostgreSQL with the demo district.
 *
 * <p>Ingest: the 773 demo inspectors' samples in batches of 60 (the field app's batch of half an
 * hour at one sample per 30 s) through {@link PositionSamples#ingest} from {@code threads}
 * threads, {@code samplesPerRun} samples per run into a day's partition of its own; then, as the
 * ceiling, the same rows with a raw {@code COPY} into the same partition emptied. Attendance: a day
 * of 30 s samples (08:30–18:30) of every demo inspector, inside the unit grids of their work
 * grids, and {@link Attendance#ofTeam} for all 13 teams, timed {@code runs} times.
 *
 * <p>Arguments: {@code samplesPerRun} (default 300,000), {@code threads} (default 4), {@code runs}
 * (default 5).
 */
public final class PositionBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 60;

    public static void main(String[] args) throws Exception {
        int samplesPerRun = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("photos"),
                        "--gridloop.timing.scan.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<String> inspectors = jdbc.sql("SELECT username FROM organization_inspector WHERE active ORDER BY username")
                    .query(String.class).list();
            List<double[]> places = places(context, inspectors);
            ingest(context, jdbc, inspectors, places, samplesPerRun, threads, runs);
            attendance(context, jdbc, inspectors, places, runs);
        } finally {
            context.close();
        }
    }

    private static void ingest(ConfigurableApplicationContext context, JdbcClient jdbc, List<String> inspectors,
            List<double[]> places, int samplesPerRun, int threads, int runs) throws Exception {
        PositionSamples samples = context.getBean(PositionSamples.class);
        DataSource dataSource = context.getBean(DataSource.class);
        LocalDate today = LocalDate.now(ZONE);
        int batchesPerInspector = (int) Math.ceil((double) samplesPerRun / BATCH / inspectors.size());
        List<Double> ingestRates = new ArrayList<>();
        List<Double> copyRates = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int run = 0; run < runs; run++) {
            LocalDate day = today.minusDays(1 + run % 6);
            String partition = "organization_position_sample_p" + day.toString().replace("-", "");
            context.getBean(SamplePartitions.class).ensure(List.of(day));
            jdbc.sql("TRUNCATE " + partition).update();
            long dayStart = day.atTime(8, 0).atZone(ZONE).toInstant().toEpochMilli();
            List<List<PositionSample>> batches = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            for (int b = 0; b < batchesPerInspector; b++) {
                for (int i = 0; i < inspectors.size(); i++) {
                    List<PositionSample> batch = new ArrayList<>(BATCH);
                    double[] place = places.get(i);
                    for (int k = 0; k < BATCH; k++) {
                        long at = dayStart + ((long) b * BATCH + k) * 30_000L;
                        batch.add(new PositionSample(Instant.ofEpochMilli(at), place[0] + k * 1e-6, place[1], 6.0));
                    }
                    batches.add(batch);
                    owners.add(inspectors.get(i));
                }
            }
            int total = batches.size() * BATCH;
            long started = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    for (int b = first; b < batches.size(); b += threads) {
                        samples.ingest(owners.get(b), batches.get(b));
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            ingestRates.add(total / seconds);
            long stored = jdbc.sql("SELECT count(*) FROM " + partition).query(Long.class).single();
            StringBuilder rows = new StringBuilder(total * 60);
            for (int b = 0; b < batches.size(); b++) {
                for (PositionSample sample : batches.get(b)) {
                    rows.append(owners.get(b)).append('\t').append(sample.at()).append('\t').append(sample.latitude())
                            .append('\t').append(sample.longitude()).append('\t').append(sample.accuracyMeters())
                            .append('\n');
                }
            }
            jdbc.sql("TRUNCATE " + partition).update();
            long copyStarted = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY organization_position_sample (username, at, latitude, longitude, accuracy_m) FROM STDIN",
                        new StringReader(rows.toString()));
            }
            copyRates.add(total / ((System.nanoTime() - copyStarted) / 1e9));
            System.out.printf("run %d: %,d samples (%,d stored) ingested in %.2f s = %,.0f/s; COPY %,.0f/s%n", run + 1,
                    total, stored, seconds, ingestRates.get(run), copyRates.get(run));
        }
        pool.shutdown();
        System.out.printf("""
                Position ingest, %d threads, batches of %d, %d runs:
                  ingest median %,.0f samples/s (runs %s)
                  raw COPY median %,.0f samples/s (runs %s)
                  ingest/COPY %.2f%n""", threads, BATCH, runs, median(ingestRates), rounded(ingestRates),
                median(copyRates), rounded(copyRates), median(ingestRates) / median(copyRates));
    }

    private static void attendance(ConfigurableApplicationContext context, JdbcClient jdbc, List<String> inspectors,
            List<double[]> places, int runs) throws Exception {
        LocalDate day = LocalDate.now(ZONE).minusDays(7);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.minusDays(1);
        }
        context.getBean(SamplePartitions.class).ensure(List.of(day));
        long start = day.atTime(8, 30).atZone(ZONE).toInstant().toEpochMilli();
        StringBuilder rows = new StringBuilder();
        int perInspector = 10 * 120;
        for (int i = 0; i < inspectors.size(); i++) {
            double[] place = places.get(i);
            for (int k = 0; k < perInspector; k++) {
                boolean wandering = k % 200 >= 190;
                rows.append(inspectors.get(i)).append('\t').append(Instant.ofEpochMilli(start + k * 30_000L))
                        .append('\t').append(wandering ? place[0] + 0.5 : place[0] + (k % 7) * 1e-6)
                        .append('\t').append(place[1]).append("\t8\n");
            }
        }
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY organization_position_sample (username, at, latitude, longitude, accuracy_m) FROM STDIN",
                    new StringReader(rows.toString()));
        }
        jdbc.sql("ANALYZE organization_position_sample").update();
        Attendance attendance = context.getBean(Attendance.class);
        List<String> teams = jdbc.sql("SELECT code FROM organization_inspector_team ORDER BY code")
                .query(String.class).list();
        List<Double> timings = new ArrayList<>();
        int onDuty = 0;
        int scheduled = 0;
        for (int run = 0; run < runs + 1; run++) {
            long started = System.nanoTime();
            onDuty = 0;
            scheduled = 0;
            for (String team : teams) {
                Attendance.TeamDay sheet = attendance.ofTeam(team, day);
                onDuty += sheet.total().onDutyMinutes();
                scheduled += sheet.total().scheduledMinutes();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (run > 0) {
                timings.add(seconds);
            }
        }
        System.out.printf("""
                Attendance of %d inspectors in %d teams on %s, %,d samples (30 s, 08:30-18:30):
                  on-duty minutes %,d of %,d scheduled
                  all teams, median %.3f s (runs %s, after one warm-up run)%n""", inspectors.size(), teams.size(), day,
                (long) inspectors.size() * perInspector, onDuty, scheduled, median(timings), timings);
    }

    /** A point inside the first unit grid of each inspector's work grids (the mean of its outline's corners). */
    private static List<double[]> places(ConfigurableApplicationContext context, List<String> inspectors) {
        WorkGrids workGrids = context.getBean(WorkGrids.class);
        GridDirectory directory = context.getBean(GridDirectory.class);
        JsonMapper json = JsonMapper.builder().build();
        List<double[]> places = new ArrayList<>();
        for (String inspector : inspectors) {
            GridCode grid = workGrids.assignedTo(inspector).stream().flatMap(work -> work.unitGrids().stream())
                    .findFirst().orElseThrow();
            JsonNode ring = json.readTree(directory.outlineGeoJson(grid).orElseThrow()).path("coordinates").path(0);
            double lat = 0;
            double lon = 0;
            for (int k = 0; k < ring.size() - 1; k++) {
                lon += ring.get(k).get(0).asDouble();
                lat += ring.get(k).get(1).asDouble();
            }
            places.add(new double[] {lat / (ring.size() - 1), lon / (ring.size() - 1)});
        }
        return places;
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private PositionBenchmark() {
    }
}
