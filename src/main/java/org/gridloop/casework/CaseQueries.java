package org.gridloop.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.BoundingBox;
import org.gridloop.grid.MapZoom;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.intake.Channel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lists cases for queues and searches, within the actor's data scope, and finds probable
 * duplicates of a new report.
 */
@Service
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 200;
    private static final double METERS_PER_DEGREE = 111_320;

    /**
     * When case {@code o} is a probable duplicate of case {@code c}: open, same kind and class,
     * reported earlier within the window, and within the distance (a bounding box on indexed
     * columns, then the haversine distance).
     */
    private static final String DUPLICATE_OF = """
            o.kind = c.kind AND o.category_code = c.category_code AND o.id < c.id
              AND o.reported_at BETWEEN c.reported_at - make_interval(secs => :windowSeconds) AND c.reported_at
              AND o.status NOT IN ('CLOSED', 'REJECTED', 'DECLINED', 'DISCARDED', 'MERGED')
              AND o.latitude BETWEEN c.latitude - :degrees AND c.latitude + :degrees
              AND o.longitude BETWEEN c.longitude - :degrees / GREATEST(0.01, cos(radians(c.latitude)))
                                  AND c.longitude + :degrees / GREATEST(0.01, cos(radians(c.latitude)))
              AND 2 * 6371008.8 * asin(LEAST(1, sqrt(power(sin(radians(o.latitude - c.latitude) / 2), 2)
                    + cos(radians(c.latitude)) * cos(radians(o.latitude))
                    * power(sin(radians(o.longitude - c.longitude) / 2), 2)))) <= :meters""";

    /** Not ended; the predicate of the index on the positions of open cases (V16). */
    private static final String OPEN = "c.status NOT IN ('CLOSED', 'REJECTED', 'DECLINED', 'DISCARDED', 'MERGED')";

    private final JdbcClient jdbc;
    private final CaseFiles files;
    private final Clock clock;
    private final double duplicateMeters;
    private final Duration duplicateWindow;

    CaseQueries(JdbcClient jdbc, CaseFiles files, Clock clock,
            @Value("${gridloop.duplicates.distance-meters:50}") double duplicateMeters,
            @Value("${gridloop.duplicates.window:24h}") Duration duplicateWindow) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
        this.duplicateMeters = duplicateMeters;
        this.duplicateWindow = duplicateWindow;
    }

    /** A page of the cases the filter selects within the actor's scope, in the given order. */
    public CasePage list(CaseFilter filter, CaseOrder order, Actor actor, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, actor, params);
        long total = jdbc.sql("SELECT count(*) FROM casework_case c WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", pageSize);
        params.put("offset", (long) pageNumber * pageSize);
        List<CaseSummary> content = jdbc.sql("SELECT c.*, " + light("c") + " AS light FROM casework_case c WHERE "
                + where + " ORDER BY " + order.sql + " LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> summary(rs)).list();
        return new CasePage(content, pageNumber, pageSize, total);
    }

    /**
     * The open cases whose position lies in the box, within the actor's scope, newest first: at
     * most {@code limit}, and one more when there are more, so that the caller can tell.
     */
    public List<CasePoint> openWithin(BoundingBox box, Actor actor, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", now());
        params.put("west", box.west());
        params.put("south", box.south());
        params.put("east", box.east());
        params.put("north", box.north());
        params.put("limit", limit + 1);
        return jdbc.sql("SELECT c.number, c.status, c.category_name, c.stage, c.latitude, c.longitude, " + light("c")
                + " AS light FROM casework_case c WHERE " + OPEN
                + " AND point(c.longitude, c.latitude) <@ box(point(:west, :south), point(:east, :north)) AND "
                + scope(actor, params) + " ORDER BY c.id DESC LIMIT :limit")
                .params(params).query((rs, n) -> point(rs)).list();
    }

    /**
     * The open cases whose position lies in the box, within the actor's scope, counted per cell
     * of the zoom ({@link MapZoom#cellsPerWorld}), aligned to the Web Mercator tiles. One cell per occupied cell, at the mean position of its cases,
     * with the counts per light. Grouped in SQL over the same predicate as
     * {@link #openWithin}, so that the partial index on the positions of open cases still serves.
     */
    public List<CaseCell> openCellsWithin(BoundingBox box, Actor actor, int zoom) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", now());
        params.put("west", box.west());
        params.put("south", box.south());
        params.put("east", box.east());
        params.put("north", box.north());
        params.put("cells", MapZoom.cellsPerWorld(zoom));
        // The Web Mercator y of the tile grid, 0 at the north edge: 1/2 - ln(tan(π/4 + φ/2)) / 2π.
        String latitude = "radians(LEAST(85.05112878, GREATEST(-85.05112878, c.latitude)))";
        return jdbc.sql("SELECT avg(v.latitude) AS latitude, avg(v.longitude) AS longitude, count(*) AS n, "
                + "count(*) FILTER (WHERE v.light = 'RED') AS red, count(*) FILTER (WHERE v.light = 'YELLOW') AS yellow, "
                + "count(*) FILTER (WHERE v.light = 'GREEN') AS green, count(*) FILTER (WHERE v.light IS NULL) AS untimed "
                + "FROM (SELECT c.latitude, c.longitude, " + light("c") + " AS light, "
                + "floor((c.longitude + 180) / 360 * :cells) AS x, "
                + "floor((0.5 - ln(tan(pi() / 4 + " + latitude + " / 2)) / (2 * pi())) * :cells) AS y "
                + "FROM casework_case c WHERE " + OPEN
                + " AND point(c.longitude, c.latitude) <@ box(point(:west, :south), point(:east, :north)) AND "
                + scope(actor, params) + ") v GROUP BY v.x, v.y")
                .params(params)
                .query((rs, n) -> new CaseCell(rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getLong("n"),
                        rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green"), rs.getLong("untimed")))
                .list();
    }

    /**
     * The cases the user reported in the period, within the actor's scope, oldest first: at most
     * {@code limit}. The reports filed along an inspector's track.
     */
    public List<CaseSummary> reportedBy(String reporter, Instant from, Instant before, Actor actor, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", now());
        params.put("reporter", reporter);
        params.put("from", Timestamp.from(from));
        params.put("before", Timestamp.from(before));
        params.put("limit", limit);
        return jdbc.sql("SELECT c.*, " + light("c") + " AS light FROM casework_case c WHERE c.reporter = :reporter"
                + " AND c.reported_at >= :from AND c.reported_at < :before AND " + scope(actor, params)
                + " ORDER BY c.reported_at, c.id LIMIT :limit")
                .params(params).query((rs, n) -> summary(rs)).list();
    }

    /** How many cases within the actor's scope the filter selects. */
    public long count(CaseFilter filter, Actor actor) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM casework_case c WHERE " + where(filter, actor, params)).params(params)
                .query(Long.class).single();
    }

    /**
     * The light of the stage clock of case {@code alias} in SQL, at {@code :now} (at the pause
     * while paused), as the lights of {@link Deadline#lightAt} are.
     */
    private static String light(String alias) {
        String at = "COALESCE(" + alias + ".stage_paused_at, :now)";
        return "CASE WHEN " + alias + ".stage_red_at IS NULL THEN NULL WHEN " + alias + ".stage_red_at <= " + at
                + " THEN 'RED' WHEN " + alias + ".stage_yellow_at <= " + at + " THEN 'YELLOW' ELSE 'GREEN' END";
    }

    /**
     * Open cases of the same class within the configured distance (50 m) that were reported in
     * the configured window (24 h) before this one: probable duplicates (疑似重复). Only a case
     * waiting for intake has them.
     */
    public List<CaseSummary> probableDuplicates(CaseFile file) {
        return jdbc.sql("SELECT o.*, " + light("o") + " AS light FROM casework_case c JOIN casework_case o ON "
                + DUPLICATE_OF + " WHERE c.id = :id AND c.status IN ('REPORTED', 'ACCEPTED') ORDER BY o.id")
                .params(duplicateRule()).param("id", file.id()).param("now", now())
                .query((rs, n) -> summary(rs)).list();
    }

    /**
     * Which of the listed cases have at least one probable duplicate, by the rule of
     * {@link #probableDuplicates(CaseFile)}, in one query.
     */
    public Set<String> withProbableDuplicates(List<CaseSummary> cases) {
        if (cases.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT c.number FROM casework_case c WHERE c.number IN (:numbers)"
                + " AND c.status IN ('REPORTED', 'ACCEPTED')"
                + " AND EXISTS (SELECT 1 FROM casework_case o WHERE " + DUPLICATE_OF + ")")
                .params(duplicateRule()).param("numbers", cases.stream().map(CaseSummary::number).toList())
                .query(String.class).list());
    }

    private Map<String, Object> duplicateRule() {
        return Map.of("meters", duplicateMeters, "degrees", duplicateMeters / METERS_PER_DEGREE,
                "windowSeconds", duplicateWindow.toSeconds());
    }

    /** Numbers of the cases merged into this one. */
    public List<String> duplicatesMergedInto(CaseFile file) {
        return files.duplicatesOf(file.number());
    }

    private String where(CaseFilter filter, Actor actor, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("now", now());
        if (filter.light() != null) {
            conditions.add(light("c") + " = :light");
            params.put("light", filter.light().name());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("c.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        addEquals(conditions, params, "subdistrict_code", "subdistrict", filter.subdistrict());
        addEquals(conditions, params, "department_code", "department", filter.department());
        addEquals(conditions, params, "assigned_inspector", "inspector", filter.inspector());
        addEquals(conditions, params, "grid_code", "grid", filter.grid());
        if (filter.extensionPending() != null) {
            conditions.add("c.extension_pending = :extensionPending");
            params.put("extensionPending", filter.extensionPending());
        }
        if (filter.reportedFrom() != null) {
            conditions.add("c.reported_at >= :reportedFrom");
            params.put("reportedFrom", Timestamp.from(filter.reportedFrom()));
        }
        if (filter.reportedBefore() != null) {
            conditions.add("c.reported_at < :reportedBefore");
            params.put("reportedBefore", Timestamp.from(filter.reportedBefore()));
        }
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            conditions.add("c.category_code LIKE :categoryCode");
            params.put("categoryCode", filter.categoryCode().strip().replaceAll("[^0-9]", "") + "%");
        }
        if (filter.channel() != null) {
            conditions.add("c.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.number() != null && !filter.number().isBlank()) {
            conditions.add("c.number LIKE :number");
            params.put("number", filter.number().trim().replaceAll("[^0-9]", "") + "%");
        }
        conditions.add(scope(actor, params));
        return String.join(" AND ", conditions);
    }

    private static void addEquals(List<String> conditions, Map<String, Object> params, String column, String name,
            String value) {
        if (value != null && !value.isBlank()) {
            conditions.add("c." + column + " = :" + name);
            params.put(name, value.trim());
        }
    }

    /** The SQL form of the data scope the case file applies to one case. */
    private static String scope(Actor actor, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        if (actor.posts().stream().anyMatch(CaseAuthorization.CENTRAL::contains)) {
            if (actor.subdistrictCodes().isEmpty()) {
                return "TRUE";
            }
            alternatives.add("c.subdistrict_code IN (:mySubdistricts)");
            params.put("mySubdistricts", actor.subdistrictCodes());
        }
        if (actor.holds(Post.INSPECTOR)) {
            alternatives.add("c.reporter = :me OR c.assigned_inspector = :me");
            params.put("me", actor.username());
        }
        if (actor.holds(Post.DEPARTMENT_HANDLER) && actor.departmentCode() != null) {
            alternatives.add("c.department_code = :myDepartment");
            params.put("myDepartment", actor.departmentCode());
        }
        return alternatives.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternatives) + ")";
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static CasePoint point(ResultSet rs) throws SQLException {
        String stage = rs.getString("stage");
        String light = rs.getString("light");
        return new CasePoint(rs.getString("number"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("category_name"), stage == null ? null : CaseStage.valueOf(stage),
                light == null ? null : Light.valueOf(light), rs.getDouble("latitude"), rs.getDouble("longitude"));
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        String stage = rs.getString("stage");
        String light = rs.getString("light");
        Timestamp dueAt = rs.getTimestamp("stage_due_at");
        return new CaseSummary(rs.getString("number"), CaseStatus.valueOf(rs.getString("status")),
                CategoryKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
                rs.getString("category_name"), rs.getString("grid_code"), rs.getString("community_name"),
                rs.getString("subdistrict_code"), rs.getString("subdistrict_name"), rs.getString("address"),
                rs.getDouble("latitude"), rs.getDouble("longitude"),
                rs.getString("description"), Channel.valueOf(rs.getString("channel")),
                rs.getString("department_code"), rs.getString("assigned_inspector"),
                rs.getBoolean("extension_pending"), rs.getTimestamp("reported_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), stage == null ? null : CaseStage.valueOf(stage),
                light == null ? null : Light.valueOf(light), dueAt == null ? null : dueAt.toInstant(),
                rs.getTimestamp("stage_paused_at") != null);
    }
}
