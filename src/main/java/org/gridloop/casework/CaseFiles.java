package org.gridloop.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.identity.Post;
import org.gridloop.intake.Caller;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Location;
import org.gridloop.intake.ReportedAsset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores case files in {@code casework_case} and their timelines in
 * {@code casework_timeline_entry}. Saving appends the new timeline entries, updates the case
 * only if nobody changed it since it was read (optimistic locking) and publishes its events.
 */
@Repository
class CaseFiles {

    private static final ZoneId NUMBERING_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CaseFiles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    CaseNumber nextNumber(java.time.Instant at) {
        long sequence = jdbc.sql("SELECT nextval('casework_case_number_seq')").query(Long.class).single();
        return CaseNumber.of(at.atZone(NUMBERING_ZONE).getYear(), sequence);
    }

    Optional<CaseFile> find(CaseNumber number) {
        List<TimelineEntry> timeline = jdbc.sql("""
                SELECT t.* FROM casework_timeline_entry t JOIN casework_case c ON c.id = t.case_id
                WHERE c.number = :number ORDER BY t.sequence""")
                .param("number", number.value()).query((rs, n) -> entry(rs)).list();
        return jdbc.sql("SELECT * FROM casework_case WHERE number = :number").param("number", number.value())
                .query((rs, n) -> caseFile(rs, timeline)).optional();
    }

    /** The cases of the given numbers, each with its whole timeline, in number order. */
    List<CaseFile> findAll(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return load("SELECT id FROM casework_case WHERE number IN (:numbers)", Map.of("numbers", numbers));
    }

    /** At most {@code limit} cases numbered after {@code after} ({@code null} for the first), in number order. */
    List<CaseFile> findAfter(String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", after == null ? "" : after);
        params.put("limit", limit);
        return load("SELECT id FROM casework_case WHERE number > :after ORDER BY number LIMIT :limit", params);
    }

    /** The cases whose ids {@code ids} selects, with their timelines, in number order, in two queries. */
    private List<CaseFile> load(String ids, Map<String, Object> params) {
        Map<Long, List<TimelineEntry>> timelines = new HashMap<>();
        jdbc.sql("SELECT t.* FROM casework_timeline_entry t WHERE t.case_id IN (" + ids + ") ORDER BY t.case_id, t.sequence")
                .params(params).query((RowCallbackHandler) rs -> {
                    timelines.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>()).add(entry(rs));
                });
        return jdbc.sql("SELECT * FROM casework_case WHERE id IN (" + ids + ") ORDER BY number").params(params)
                .query((rs, n) -> caseFile(rs, timelines.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single();
    }

    Optional<CaseNumber> findByClientId(String reporter, String clientId) {
        return jdbc.sql("SELECT number FROM casework_case WHERE reporter = :reporter AND client_id = :clientId")
                .param("reporter", reporter).param("clientId", clientId)
                .query((rs, n) -> new CaseNumber(rs.getString(1))).optional();
    }

    /** Numbers of the cases merged into the given one. */
    List<String> duplicatesOf(CaseNumber number) {
        return jdbc.sql("SELECT number FROM casework_case WHERE merged_into = :number ORDER BY id")
                .param("number", number.value()).query(String.class).list();
    }

    /** A column of an insert, the type its parameter is cast to, and how its value is read. */
    private record Column<T>(String name, String type, Function<T, Object> value) {

        static <T> String names(List<Column<T>> columns) {
            return columns.stream().map(Column::name).collect(Collectors.joining(", "));
        }

        /** One typed parameter per column, so that they also serve as the select list of an {@code INSERT … SELECT}. */
        static <T> String parameters(List<Column<T>> columns) {
            return columns.stream().map(column -> "CAST(? AS " + column.type() + ")").collect(Collectors.joining(", "));
        }

        static <T> void values(List<Column<T>> columns, T source, List<Object> values) {
            for (Column<T> column : columns) {
                values.add(column.value().apply(source));
            }
        }
    }

    /** The columns a new case is stored with; the rest keep their defaults until the case moves. */
    private static final List<Column<CaseFile>> CASE_COLUMNS = List.of(
            new Column<>("number", "VARCHAR", file -> file.number().value()),
            new Column<>("version", "INT", file -> 0),
            new Column<>("status", "VARCHAR", file -> file.status().name()),
            new Column<>("kind", "VARCHAR", file -> file.facts().kind().name()),
            new Column<>("scheme", "VARCHAR", file -> file.facts().scheme()),
            new Column<>("category_code", "VARCHAR", file -> file.facts().categoryCode()),
            new Column<>("category_name", "VARCHAR", file -> file.facts().categoryName()),
            new Column<>("major_name", "VARCHAR", file -> file.facts().majorName()),
            new Column<>("latitude", "DOUBLE PRECISION", file -> file.facts().location().latitude()),
            new Column<>("longitude", "DOUBLE PRECISION", file -> file.facts().location().longitude()),
            new Column<>("accuracy_m", "DOUBLE PRECISION", file -> file.facts().location().accuracyMeters()),
            new Column<>("address", "VARCHAR", file -> file.facts().location().address()),
            new Column<>("pinned", "BOOLEAN", file -> file.facts().location().pinned()),
            new Column<>("grid_code", "VARCHAR", file -> place(file, place -> place.grid().value())),
            new Column<>("community_code", "VARCHAR", file -> place(file, GridPlace::communityCode)),
            new Column<>("community_name", "VARCHAR", file -> place(file, GridPlace::communityName)),
            new Column<>("subdistrict_code", "VARCHAR", file -> place(file, GridPlace::subdistrictCode)),
            new Column<>("subdistrict_name", "VARCHAR", file -> place(file, GridPlace::subdistrictName)),
            new Column<>("description", "TEXT", file -> file.facts().description()),
            new Column<>("channel", "VARCHAR", file -> file.facts().channel().name()),
            new Column<>("reporter", "VARCHAR", file -> file.facts().reporter()),
            new Column<>("caller_name", "VARCHAR", file -> caller(file, Caller::name)),
            new Column<>("caller_phone", "VARCHAR", file -> caller(file, Caller::phone)),
            new Column<>("client_id", "VARCHAR", file -> file.facts().clientId()),
            new Column<>("photos", "TEXT[]", file -> file.facts().photos().toArray(String[]::new)),
            new Column<>("reported_at", "TIMESTAMPTZ", file -> Timestamp.from(file.facts().reportedAt())),
            new Column<>("urgent_proposed", "BOOLEAN", file -> file.facts().urgentProposed()),
            new Column<>("filed_at", "TIMESTAMPTZ", file -> timestamp(file.facts().filedAt())),
            new Column<>("updated_at", "TIMESTAMPTZ", file -> Timestamp.from(file.facts().reportedAt())),
            new Column<>("verified", "BOOLEAN", CaseFile::isVerified),
            new Column<>("stage", "VARCHAR", file -> name(file.runningClock().stage())),
            new Column<>("stage_started_at", "TIMESTAMPTZ", file -> stageTime(file, Deadline::startedAt)),
            new Column<>("stage_yellow_at", "TIMESTAMPTZ", file -> stageTime(file, Deadline::yellowAt)),
            new Column<>("stage_red_at", "TIMESTAMPTZ", file -> stageTime(file, Deadline::redAt)),
            new Column<>("stage_due_at", "TIMESTAMPTZ", file -> stageTime(file, Deadline::dueAt)),
            new Column<>("stage_natural", "BOOLEAN", file -> file.runningClock().stageDeadline() == null ? null
                    : file.runningClock().stageDeadline().natural()),
            new Column<>("asset_identifier", "VARCHAR", file -> asset(file, ReportedAsset::identifier)),
            new Column<>("asset_name", "VARCHAR", file -> asset(file, ReportedAsset::name)),
            new Column<>("asset_department", "VARCHAR", file -> asset(file, ReportedAsset::departmentCode)),
            new Column<>("asset_picked", "BOOLEAN", file -> asset(file, ReportedAsset::picked)));

    /** A timeline entry's columns, after the case's id. */
    private static final List<Column<TimelineEntry>> ENTRY_COLUMNS = List.of(
            new Column<>("sequence", "INT", TimelineEntry::sequence),
            new Column<>("action", "VARCHAR", entry -> entry.action().name()),
            new Column<>("from_status", "VARCHAR", entry -> name(entry.from())),
            new Column<>("to_status", "VARCHAR", entry -> entry.to().name()),
            new Column<>("actor", "VARCHAR", TimelineEntry::actor),
            new Column<>("post", "VARCHAR", entry -> entry.post().name()),
            new Column<>("at", "TIMESTAMPTZ", entry -> Timestamp.from(entry.at())),
            new Column<>("latitude", "DOUBLE PRECISION", TimelineEntry::latitude),
            new Column<>("longitude", "DOUBLE PRECISION", TimelineEntry::longitude),
            new Column<>("note", "TEXT", TimelineEntry::note),
            new Column<>("photos", "TEXT[]", entry -> entry.photos().toArray(String[]::new)),
            new Column<>("department_code", "VARCHAR", TimelineEntry::department),
            new Column<>("inspector", "VARCHAR", TimelineEntry::inspector),
            new Column<>("outcome", "VARCHAR", entry -> name(entry.outcome())),
            new Column<>("minutes", "INT", TimelineEntry::minutes),
            new Column<>("stage", "VARCHAR", entry -> name(entry.stage())),
            new Column<>("on_time", "BOOLEAN", TimelineEntry::onTime),
            new Column<>("from_kind", "VARCHAR", entry -> reclassified(entry, change -> change.fromKind().name())),
            new Column<>("from_category_code", "VARCHAR", entry -> reclassified(entry, Reclassification::fromCode)),
            new Column<>("from_category_name", "VARCHAR", entry -> reclassified(entry, Reclassification::fromName)),
            new Column<>("to_kind", "VARCHAR", entry -> reclassified(entry, change -> change.toKind().name())),
            new Column<>("to_category_code", "VARCHAR", entry -> reclassified(entry, Reclassification::toCode)),
            new Column<>("to_category_name", "VARCHAR", entry -> reclassified(entry, Reclassification::toName)));

    /**
     * A new case and its first entry in one statement (intake is the platform's busiest write),
     * with positional parameters prepared once.
     */
    private static final String INSERT_CASE = "WITH new_case AS (INSERT INTO casework_case ("
            + Column.names(CASE_COLUMNS) + ") VALUES (" + Column.parameters(CASE_COLUMNS) + ") RETURNING id) "
            + "INSERT INTO casework_timeline_entry (case_id, " + Column.names(ENTRY_COLUMNS) + ") SELECT id, "
            + Column.parameters(ENTRY_COLUMNS) + " FROM new_case RETURNING case_id";

    private static final String INSERT_ENTRY = "INSERT INTO casework_timeline_entry (case_id, "
            + Column.names(ENTRY_COLUMNS) + ") VALUES (?, " + Column.parameters(ENTRY_COLUMNS) + ")";

    /**
     * Stores the case and its new timeline entries. A new case and its first entry go in one
     * statement.
     */
    void save(CaseFile file) {
        List<TimelineEntry> entries = file.newEntries();
        long id;
        int stored;
        if (file.id() == null) {
            id = insert(file, entries.get(0));
            stored = 1;
        } else {
            id = update(file);
            stored = 0;
        }
        for (TimelineEntry entry : entries.subList(stored, entries.size())) {
            insertEntry(id, entry);
        }
        file.events().forEach(events::publishEvent);
        file.stored();
    }

    /** Inserts a new case with its first timeline entry and returns the case's id. */
    private long insert(CaseFile file, TimelineEntry first) {
        List<Object> values = new ArrayList<>(CASE_COLUMNS.size() + ENTRY_COLUMNS.size());
        Column.values(CASE_COLUMNS, file, values);
        Column.values(ENTRY_COLUMNS, first, values);
        return jdbc.sql(INSERT_CASE).params(values).query(Long.class).single();
    }

    private static Object place(CaseFile file, Function<GridPlace, Object> part) {
        GridPlace place = file.facts().place();
        return place == null ? null : part.apply(place);
    }

    private static Object caller(CaseFile file, Function<Caller, Object> part) {
        Caller caller = file.facts().caller();
        return caller == null ? null : part.apply(caller);
    }

    private static Object asset(CaseFile file, Function<ReportedAsset, Object> part) {
        ReportedAsset asset = file.facts().asset();
        return asset == null ? null : part.apply(asset);
    }

    private static Object reclassified(TimelineEntry entry, Function<Reclassification, Object> part) {
        return entry.reclassification() == null ? null : part.apply(entry.reclassification());
    }

    private static Object stageTime(CaseFile file, Function<Deadline, Instant> part) {
        Deadline stage = file.runningClock().stageDeadline();
        return stage == null ? null : Timestamp.from(part.apply(stage));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private long update(CaseFile file) {
        CaseProgress progress = file.progress();
        java.time.Instant updatedAt = file.newEntries().isEmpty() ? null
                : file.newEntries().get(file.newEntries().size() - 1).at();
        int rows = jdbc.sql("""
                UPDATE casework_case SET version = version + 1, status = :status,
                    updated_at = COALESCE(:updatedAt, updated_at), department_code = :department,
                    assigned_inspector = :inspector, verified = :verified, extension_pending = :extensionPending,
                    extension_requested_minutes = :requested, extension_granted_minutes = :granted,
                    dispatch_count = :dispatches, return_count = :returns, rework_count = :rework,
                    merged_into = :mergedInto, urgency = :urgency, condition = :condition, stage = :stage,
                    stage_started_at = :stageStartedAt, stage_yellow_at = :stageYellowAt, stage_red_at = :stageRedAt,
                    stage_due_at = :stageDueAt, stage_natural = :stageNatural, stage_paused_at = :stagePausedAt,
                    stage_alert = LEAST(stage_alert, :alertCeiling), case_started_at = :caseStartedAt,
                    case_yellow_at = :caseYellowAt, case_red_at = :caseRedAt, case_due_at = :caseDueAt,
                    case_natural = :caseNatural, case_paused_at = :casePausedAt, closed_on_time = :closedOnTime,
                    kind = :kind, scheme = :scheme, category_code = :categoryCode,
                    category_name = :categoryName, major_name = :majorName, asset_identifier = :assetIdentifier,
                    asset_name = :assetName, asset_department = :assetDepartment, asset_picked = :assetPicked
                WHERE id = :id AND version = :version""")
                .params(clocks(file.runningClock()))
                .params(facts(file))
                .param("urgency", progress.urgency() == null ? null : progress.urgency().name())
                .param("condition", progress.condition())
                .param("status", file.status().name())
                .param("updatedAt", updatedAt == null ? null : Timestamp.from(updatedAt))
                .param("department", progress.department())
                .param("inspector", progress.assignedInspector())
                .param("verified", progress.verified())
                .param("extensionPending", progress.extensionPending())
                .param("requested", progress.extensionRequestedMinutes())
                .param("granted", progress.extensionGrantedMinutes())
                .param("dispatches", progress.dispatchCount())
                .param("returns", progress.returnCount())
                .param("rework", progress.reworkCount())
                .param("mergedInto", progress.mergedInto())
                .param("id", file.id())
                .param("version", file.version())
                .update();
        if (rows == 0) {
            throw CaseActionRefused.concurrentUpdate(file.number());
        }
        return file.id();
    }

    private void insertEntry(long caseId, TimelineEntry entry) {
        List<Object> values = new ArrayList<>(1 + ENTRY_COLUMNS.size());
        values.add(caseId);
        Column.values(ENTRY_COLUMNS, entry, values);
        jdbc.sql(INSERT_ENTRY).params(values).update();
    }

    private static CaseFile caseFile(ResultSet rs, List<TimelineEntry> timeline) throws SQLException {
        String grid = rs.getString("grid_code");
        GridPlace place = grid == null ? null : new GridPlace(new GridCode(grid), rs.getString("community_code"),
                rs.getString("community_name"), rs.getString("subdistrict_code"), rs.getString("subdistrict_name"));
        String callerPhone = rs.getString("caller_phone");
        Caller caller = callerPhone == null && rs.getString("caller_name") == null ? null
                : new Caller(rs.getString("caller_name"), callerPhone);
        CaseFacts facts = new CaseFacts(CategoryKind.valueOf(rs.getString("kind")), rs.getString("scheme"),
                rs.getString("category_code"), rs.getString("category_name"), rs.getString("major_name"),
                new Location(rs.getDouble("latitude"), rs.getDouble("longitude"),
                        (Double) rs.getObject("accuracy_m"), rs.getString("address"), rs.getBoolean("pinned")),
                place, asset(rs), rs.getString("description"), Channel.valueOf(rs.getString("channel")),
                rs.getString("reporter"), caller, rs.getString("client_id"), strings(rs.getArray("photos")),
                rs.getTimestamp("reported_at").toInstant(), rs.getBoolean("urgent_proposed"), instant(rs, "filed_at"));
        CaseProgress progress = new CaseProgress();
        progress.department = rs.getString("department_code");
        progress.assignedInspector = rs.getString("assigned_inspector");
        progress.verified = rs.getBoolean("verified");
        progress.extensionPending = rs.getBoolean("extension_pending");
        progress.extensionRequestedMinutes = rs.getInt("extension_requested_minutes");
        progress.extensionGrantedMinutes = rs.getInt("extension_granted_minutes");
        progress.dispatchCount = rs.getInt("dispatch_count");
        progress.returnCount = rs.getInt("return_count");
        progress.reworkCount = rs.getInt("rework_count");
        progress.mergedInto = rs.getString("merged_into");
        String urgency = rs.getString("urgency");
        progress.urgency = urgency == null ? null : Urgency.valueOf(urgency);
        progress.condition = rs.getString("condition");
        return new CaseFile(rs.getLong("id"), new CaseNumber(rs.getString("number")), facts, rs.getInt("version"),
                CaseStatus.valueOf(rs.getString("status")), progress, clock(rs), timeline);
    }

    private static ReportedAsset asset(ResultSet rs) throws SQLException {
        String identifier = rs.getString("asset_identifier");
        return identifier == null ? null : new ReportedAsset(identifier, rs.getString("asset_name"),
                rs.getString("asset_department"), rs.getBoolean("asset_picked"));
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        String from = rs.getString("from_status");
        String outcome = rs.getString("outcome");
        String stage = rs.getString("stage");
        return new TimelineEntry(rs.getInt("sequence"), CaseAction.valueOf(rs.getString("action")),
                from == null ? null : CaseStatus.valueOf(from), CaseStatus.valueOf(rs.getString("to_status")),
                rs.getString("actor"), Post.valueOf(rs.getString("post")), rs.getTimestamp("at").toInstant(),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("note"),
                strings(rs.getArray("photos")), rs.getString("department_code"), rs.getString("inspector"),
                outcome == null ? null : Outcome.valueOf(outcome), (Integer) rs.getObject("minutes"),
                stage == null ? null : CaseStage.valueOf(stage), (Boolean) rs.getObject("on_time"),
                reclassification(rs));
    }

    private static Reclassification reclassification(ResultSet rs) throws SQLException {
        String fromKind = rs.getString("from_kind");
        return fromKind == null ? null : new Reclassification(CategoryKind.valueOf(fromKind),
                rs.getString("from_category_code"), rs.getString("from_category_name"),
                CategoryKind.valueOf(rs.getString("to_kind")), rs.getString("to_category_code"),
                rs.getString("to_category_name"));
    }

    /** The columns of the facts a step may change: the class and the asset (改类). */
    private static Map<String, Object> facts(CaseFile file) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", file.facts().kind().name());
        columns.put("scheme", file.facts().scheme());
        columns.put("categoryCode", file.facts().categoryCode());
        columns.put("categoryName", file.facts().categoryName());
        columns.put("majorName", file.facts().majorName());
        columns.put("assetIdentifier", asset(file, ReportedAsset::identifier));
        columns.put("assetName", asset(file, ReportedAsset::name));
        columns.put("assetDepartment", asset(file, ReportedAsset::departmentCode));
        columns.put("assetPicked", asset(file, ReportedAsset::picked));
        return columns;
    }

    /** Every clock column. */
    private static Map<String, Object> clocks(CaseClock clock) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("stage", name(clock.stage()));
        deadlineColumns(columns, "stage", clock.stageDeadline());
        columns.put("stagePausedAt", timestamp(clock.stagePausedAt()));
        columns.put("alertCeiling", clock.alertCeiling);
        deadlineColumns(columns, "case", clock.caseDeadline());
        columns.put("casePausedAt", timestamp(clock.casePausedAt()));
        columns.put("closedOnTime", clock.closedOnTime());
        return columns;
    }

    private static void deadlineColumns(Map<String, Object> columns, String prefix, Deadline deadline) {
        columns.put(prefix + "StartedAt", deadline == null ? null : Timestamp.from(deadline.startedAt()));
        columns.put(prefix + "YellowAt", deadline == null ? null : Timestamp.from(deadline.yellowAt()));
        columns.put(prefix + "RedAt", deadline == null ? null : Timestamp.from(deadline.redAt()));
        columns.put(prefix + "DueAt", deadline == null ? null : Timestamp.from(deadline.dueAt()));
        columns.put(prefix + "Natural", deadline == null ? null : deadline.natural());
    }

    private static CaseClock clock(ResultSet rs) throws SQLException {
        CaseClock clock = new CaseClock();
        String stage = rs.getString("stage");
        clock.stage = stage == null ? null : CaseStage.valueOf(stage);
        clock.stageDeadline = deadline(rs, "stage");
        clock.stagePausedAt = instant(rs, "stage_paused_at");
        clock.caseDeadline = deadline(rs, "case");
        clock.casePausedAt = instant(rs, "case_paused_at");
        clock.closedOnTime = (Boolean) rs.getObject("closed_on_time");
        return clock;
    }

    private static Deadline deadline(ResultSet rs, String prefix) throws SQLException {
        Instant startedAt = instant(rs, prefix + "_started_at");
        return startedAt == null ? null : new Deadline(startedAt, instant(rs, prefix + "_yellow_at"),
                instant(rs, prefix + "_red_at"), instant(rs, prefix + "_due_at"), rs.getBoolean(prefix + "_natural"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
