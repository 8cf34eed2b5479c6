package org.gridloop.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridPlace;
import org.gridloop.identity.Post;
import org.gridloop.intake.Caller;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Location;
import org.gridloop.intake.ReportedAsset;
import org.springframework.context.ApplicationEventPublisher;
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

    /**
     * A timeline entry's columns, and their values as {@link #entryValues} names them, typed so
     * that they also serve as the select list of an {@code INSERT … SELECT}.
     */
    private static final String ENTRY_COLUMNS = """
            case_id, sequence, action, from_status, to_status, actor, post, at, latitude, longitude, note, photos,
            department_code, inspector, outcome, minutes, stage, on_time""";
    private static final String ENTRY_VALUES = """
            CAST(:entrySequence AS INT), CAST(:entryAction AS VARCHAR), CAST(:entryFrom AS VARCHAR),
            CAST(:entryTo AS VARCHAR), CAST(:entryActor AS VARCHAR), CAST(:entryPost AS VARCHAR),
            CAST(:entryAt AS TIMESTAMPTZ), CAST(:entryLat AS DOUBLE PRECISION), CAST(:entryLon AS DOUBLE PRECISION),
            CAST(:entryNote AS TEXT), CAST(:entryPhotos AS TEXT[]), CAST(:entryDepartment AS VARCHAR),
            CAST(:entryInspector AS VARCHAR), CAST(:entryOutcome AS VARCHAR), CAST(:entryMinutes AS INT),
            CAST(:entryStage AS VARCHAR), CAST(:entryOnTime AS BOOLEAN)""";

    /**
     * Stores the case and its new timeline entries. A new case and its first entry go in one
     * statement: intake is the platform's busiest write.
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
        CaseFacts facts = file.facts();
        GridPlace place = facts.place();
        Location location = facts.location();
        return jdbc.sql("""
                WITH new_case AS (
                INSERT INTO casework_case (number, version, status, kind, scheme, category_code, category_name,
                    major_name, latitude, longitude, accuracy_m, address, grid_code, community_code, community_name,
                    subdistrict_code, subdistrict_name, description, channel, reporter, caller_name, caller_phone,
                    client_id, photos, reported_at, updated_at, verified, stage, stage_started_at, stage_yellow_at,
                    stage_red_at, stage_due_at, stage_natural, asset_identifier, asset_name, asset_department,
                    asset_picked)
                VALUES (:number, 0, :status, :kind, :scheme, :categoryCode, :categoryName, :majorName, :lat, :lon,
                    :accuracy, :address, :grid, :communityCode, :communityName, :subdistrictCode, :subdistrictName,
                    :description, :channel, :reporter, :callerName, :callerPhone, :clientId, :photos, :reportedAt,
                    :reportedAt, :verified, :stage, :stageStartedAt, :stageYellowAt, :stageRedAt, :stageDueAt,
                    :stageNatural, :assetIdentifier, :assetName, :assetDepartment, :assetPicked)
                RETURNING id)
                INSERT INTO casework_timeline_entry (""" + ENTRY_COLUMNS + ") SELECT id, " + ENTRY_VALUES + """
                 FROM new_case RETURNING case_id""")
                .params(stageClock(file.runningClock()))
                .params(entryValues(first))
                .param("number", file.number().value())
                .param("status", file.status().name())
                .param("kind", facts.kind().name())
                .param("scheme", facts.scheme())
                .param("categoryCode", facts.categoryCode())
                .param("categoryName", facts.categoryName())
                .param("majorName", facts.majorName())
                .param("lat", location.latitude())
                .param("lon", location.longitude())
                .param("accuracy", location.accuracyMeters())
                .param("address", location.address())
                .param("grid", place == null ? null : place.grid().value())
                .param("communityCode", place == null ? null : place.communityCode())
                .param("communityName", place == null ? null : place.communityName())
                .param("subdistrictCode", place == null ? null : place.subdistrictCode())
                .param("subdistrictName", place == null ? null : place.subdistrictName())
                .param("description", facts.description())
                .param("channel", facts.channel().name())
                .param("reporter", facts.reporter())
                .param("callerName", facts.caller() == null ? null : facts.caller().name())
                .param("callerPhone", facts.caller() == null ? null : facts.caller().phone())
                .param("clientId", facts.clientId())
                .param("photos", facts.photos().toArray(String[]::new))
                .param("reportedAt", Timestamp.from(facts.reportedAt()))
                .param("verified", file.isVerified())
                .param("assetIdentifier", facts.asset() == null ? null : facts.asset().identifier())
                .param("assetName", facts.asset() == null ? null : facts.asset().name())
                .param("assetDepartment", facts.asset() == null ? null : facts.asset().departmentCode())
                .param("assetPicked", facts.asset() == null ? null : facts.asset().picked())
                .query(Long.class).single();
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
                    case_natural = :caseNatural, case_paused_at = :casePausedAt, closed_on_time = :closedOnTime
                WHERE id = :id AND version = :version""")
                .params(clocks(file.runningClock()))
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
        jdbc.sql("INSERT INTO casework_timeline_entry (" + ENTRY_COLUMNS + ") VALUES (:caseId, " + ENTRY_VALUES + ")")
                .param("caseId", caseId)
                .params(entryValues(entry))
                .update();
    }

    private static Map<String, Object> entryValues(TimelineEntry entry) {
        Map<String, Object> values = new HashMap<>();
        values.put("entrySequence", entry.sequence());
        values.put("entryAction", entry.action().name());
        values.put("entryFrom", entry.from() == null ? null : entry.from().name());
        values.put("entryTo", entry.to().name());
        values.put("entryActor", entry.actor());
        values.put("entryPost", entry.post().name());
        values.put("entryAt", Timestamp.from(entry.at()));
        values.put("entryLat", entry.latitude());
        values.put("entryLon", entry.longitude());
        values.put("entryNote", entry.note());
        values.put("entryPhotos", entry.photos().toArray(String[]::new));
        values.put("entryDepartment", entry.department());
        values.put("entryInspector", entry.inspector());
        values.put("entryOutcome", entry.outcome() == null ? null : entry.outcome().name());
        values.put("entryMinutes", entry.minutes());
        values.put("entryStage", entry.stage() == null ? null : entry.stage().name());
        values.put("entryOnTime", entry.onTime());
        return values;
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
                        (Double) rs.getObject("accuracy_m"), rs.getString("address")),
                place, asset(rs), rs.getString("description"), Channel.valueOf(rs.getString("channel")),
                rs.getString("reporter"), caller, rs.getString("client_id"), strings(rs.getArray("photos")),
                rs.getTimestamp("reported_at").toInstant());
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
                stage == null ? null : CaseStage.valueOf(stage), (Boolean) rs.getObject("on_time"));
    }

    /** The stage clock's columns. */
    private static Map<String, Object> stageClock(CaseClock clock) {
        Deadline stage = clock.stageDeadline();
        Map<String, Object> columns = new HashMap<>();
        columns.put("stage", clock.stage() == null ? null : clock.stage().name());
        deadlineColumns(columns, "stage", stage);
        return columns;
    }

    /** Every clock column. */
    private static Map<String, Object> clocks(CaseClock clock) {
        Map<String, Object> columns = stageClock(clock);
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
