package org.gridloop.benchmark;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.gridloop.GridloopApplication;
import org.gridloop.casework.CaseImport;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.grid.GridLookup;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the legacy case import in the embedded PostgreSQL with the demo district.
 *
 * <p>Each run generates {@code rows} cases of one quarter (a fixed seed: 85 % closed, a tenth of
 * them after a return, the rest open, rejected, declined or discarded; inspectors' reports inside
 * the grids, the others anywhere in the district) as a CSV file and times
 * {@link CaseImport#importCases}: decode, check every row, replay each case through the aggregate
 * and its clocks, {@code COPY} the cases and timelines, commit. As the ceiling, the same rows of
 * both tables are copied out and, the tables emptied, copied in again with a raw {@code COPY}.
 *
 * <p>Arguments: {@code rows} (default 100,000), {@code runs} (default 3).
 */
public final class CaseImportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GridloopApplication.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("photos"),
                        "--gridloop.timing.scan.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            DataSource dataSource = context.getBean(DataSource.class);
            byte[] file = file(context, jdbc, rows);
            CaseImport imports = context.getBean(CaseImport.class);
            List<Double> importRates = new ArrayList<>();
            List<Double> copyRates = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                empty(jdbc);
                long started = System.nanoTime();
                long imported = imports.importCases(file, "benchmark").done();
                double seconds = (System.nanoTime() - started) / 1e9;
                long entries = jdbc.sql("SELECT count(*) FROM casework_timeline_entry").query(Long.class).single();
                String cases = copyOut(dataSource, "casework_case");
                String timeline = copyOut(dataSource, "casework_timeline_entry");
                empty(jdbc);
                long copyStarted = System.nanoTime();
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    PGConnection pg = connection.unwrap(PGConnection.class);
                    pg.getCopyAPI().copyIn("COPY casework_case FROM STDIN", new StringReader(cases));
                    pg.getCopyAPI().copyIn("COPY casework_timeline_entry FROM STDIN", new StringReader(timeline));
                    connection.commit();
                }
                double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
                importRates.add(imported / seconds);
                copyRates.add(imported / copySeconds);
                System.out.printf("run %d: %,d cases (%,d timeline entries) imported in %.2f s = %,.0f rows/s; "
                        + "raw COPY %.2f s = %,.0f rows/s%n", run + 1, imported, entries, seconds, importRates.get(run),
                        copySeconds, copyRates.get(run));
            }
            System.out.printf("""
                    Legacy import of %,d rows (%,d bytes), %d runs:
                      import median %,.0f rows/s (runs %s)
                      raw COPY of the same case and timeline rows, median %,.0f rows/s (runs %s)
                      import/COPY %.2f%n""", rows, file.length, runs, median(importRates), rounded(importRates),
                    median(copyRates), rounded(copyRates), median(importRates) / median(copyRates));
        } finally {
            context.close();
        }
    }

    /** The cases and their timelines go; nothing else refers to them in a fresh demo district. */
    private static void empty(JdbcClient jdbc) {
        jdbc.sql("TRUNCATE casework_timeline_entry, casework_case CASCADE").update();
        jdbc.sql("VACUUM ANALYZE casework_case").update();
    }

    private static String copyOut(DataSource dataSource, String table) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            StringWriter out = new StringWriter();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT", out);
            return out.toString();
        }
    }

    private static byte[] file(ConfigurableApplicationContext context, JdbcClient jdbc, int rows) {
        Random random = new Random(42);
        GridLookup grids = context.getBean(GridLookup.class);
        List<Category> classes = context.getBean(Categories.class).reportable();
        List<String> departments = context.getBean(Departments.class).all().stream().filter(Department::active)
                .map(Department::code).toList();
        List<String> inspectors = jdbc.sql("SELECT username FROM organization_inspector WHERE active ORDER BY username")
                .query(String.class).list();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 7, 1); day.isBefore(LocalDate.of(2026, 10, 1)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days.add(day);
            }
        }
        String[] sources = {"hotline", "public", "sms", "open311", "video", "leader"};
        StringBuilder csv = new StringBuilder(rows * 260).append(
                "number,source,kind,category_code,lat,lon,reported_at,reporter,accepted_at,registered_at,"
                        + "dispatched_at,department,handled_at,checked_at,closed_at,final_status,returns\n");
        for (int i = 0; i < rows; i++) {
            boolean inspector = random.nextInt(100) < 80;
            double lat;
            double lon;
            do {
                lat = 22.60 + random.nextDouble() * 0.20;
                lon = 114.10 + random.nextDouble() * 0.40;
            } while (inspector && grids.locate(lat, lon).isEmpty());
            Category category = classes.get(random.nextInt(classes.size()));
            ZonedDateTime reported = days.get(random.nextInt(days.size())).atTime(9, 0).atZone(ZONE)
                    .plusMinutes(random.nextInt(170));
            List<String> times = new ArrayList<>(Collections.nCopies(7, ""));
            int dice = random.nextInt(100);
            int reached = dice < 85 ? 6 : dice < 90 ? 3 : dice < 93 ? 0 : dice < 96 ? 1 : 4;
            String status = dice < 85 ? "CLOSED" : dice < 90 ? "DISPATCHED" : dice < 93 ? "REJECTED"
                    : dice < 96 ? "DECLINED" : "DISCARDED";
            ZonedDateTime at = reported;
            times.set(0, time(at));
            for (int step = 1; step <= Math.min(reached, 5); step++) {
                at = at.plusMinutes(step == 4 ? 60 + random.nextInt(600) : 1 + random.nextInt(15));
                times.set(step, time(at));
            }
            if (reached == 6 || status.equals("REJECTED") || status.equals("DECLINED") || status.equals("DISCARDED")) {
                times.set(6, time(at.plusMinutes(1 + random.nextInt(15))));
            }
            boolean dispatched = !times.get(3).isEmpty();
            int returns = dispatched && random.nextInt(10) == 0 ? 1 : 0;
            csv.append("2018").append(1_000_000 + i).append(',')
                    .append(inspector ? "inspector" : sources[random.nextInt(sources.length)]).append(',')
                    .append(category.kind().name().toLowerCase()).append(',').append(category.code()).append(',')
                    .append(lat).append(',').append(lon).append(',').append(times.get(0)).append(',')
                    .append(inspector ? inspectors.get(random.nextInt(inspectors.size())) : "").append(',')
                    .append(times.get(1)).append(',').append(times.get(2)).append(',').append(times.get(3)).append(',')
                    .append(dispatched ? departments.get(random.nextInt(departments.size())) : "").append(',')
                    .append(times.get(4)).append(',').append(times.get(5)).append(',').append(times.get(6)).append(',')
                    .append(status).append(',').append(returns).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String time(ZonedDateTime at) {
        return OffsetDateTime.from(at).toString();
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
