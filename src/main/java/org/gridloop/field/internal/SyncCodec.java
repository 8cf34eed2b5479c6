package org.gridloop.field.internal;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.gridloop.field.internal.SyncRequest.QueuedPosition;
import org.gridloop.field.internal.SyncRequest.QueuedReport;
import org.gridloop.field.internal.SyncRequest.QueuedResult;
import org.gridloop.field.internal.SyncResponse.FieldError;
import org.gridloop.field.internal.SyncResponse.ItemAnswer;
import org.gridloop.field.internal.SyncResponse.PositionAnswer;
import org.gridloop.field.internal.SyncResponse.RefusedPosition;
import org.gridloop.field.internal.SyncResponse.ReportChange;
import org.gridloop.field.internal.SyncResponse.TaskChange;
import org.gridloop.field.internal.WireReader.CorruptMessage;

/**
 * The compact encoding of the sync, {@value #MEDIA_TYPE}, version {@value #VERSION}: the same
 * model as the JSON encoding, written by {@link WireWriter} and compressed with raw deflate
 * (RFC 1951). The byte layout is documented in {@code docs/field-sync.md}; the browser's codec
 * ({@code static/m/js/sync-codec.js}) writes and reads the same bytes.
 */
public final class SyncCodec {

    public static final String MEDIA_TYPE = "application/vnd.gridloop.sync";
    static final int VERSION = 1;
    static final int REQUEST = 1;
    static final int RESPONSE = 2;
    /** The largest message once inflated; a larger one is refused before it fills the memory. */
    static final int MAX_INFLATED = 8 * 1024 * 1024;
    static final int MAX_LIST = 10_000;
    private static final ZoneOffset DEFAULT_OFFSET = ZoneOffset.ofHours(8);

    private static final int REPORT_LAT = 1, REPORT_LON = 2, REPORT_ACCURACY = 4, REPORT_PINNED = 8,
            REPORT_URGENT = 16, REPORT_SELF_HANDLED = 32, REPORT_AT = 64;
    private static final int RESULT_LAT = 1, RESULT_LON = 2, RESULT_AT = 4;
    private static final int SAMPLE_AT = 1, SAMPLE_LAT = 2, SAMPLE_LON = 4, SAMPLE_ACCURACY = 8;
    private static final int TASK_DUE = 1, TASK_LAT = 2, TASK_LON = 4;
    private static final List<String> STATES = List.of(SyncResponse.ACCEPTED, SyncResponse.DUPLICATE,
            SyncResponse.REFUSED);

    private SyncCodec() {
    }

    public static byte[] encode(SyncRequest request) {
        WireWriter out = header(REQUEST, offset(Stream.concat(Stream.concat(
                request.reports().stream().map(QueuedReport::reportedAt),
                request.results().stream().map(QueuedResult::at)),
                request.positions().stream().map(QueuedPosition::at))));
        out.unsigned(request.cursorOrZero());
        out.unsigned(request.reports().size());
        for (QueuedReport report : request.reports()) {
            int mask = (report.lat() != null ? REPORT_LAT : 0) | (report.lon() != null ? REPORT_LON : 0)
                    | (report.accuracyMeters() != null ? REPORT_ACCURACY : 0) | (report.isPinned() ? REPORT_PINNED : 0)
                    | (Boolean.TRUE.equals(report.urgent()) ? REPORT_URGENT : 0)
                    | (report.isSelfHandled() ? REPORT_SELF_HANDLED : 0) | (report.reportedAt() != null ? REPORT_AT : 0);
            out.unsigned(mask);
            out.identifier(report.clientId());
            out.string(report.kind());
            out.string(report.categoryCode());
            if (report.lat() != null) {
                out.latitude(report.lat());
            }
            if (report.lon() != null) {
                out.longitude(report.lon());
            }
            if (report.accuracyMeters() != null) {
                out.accuracy(report.accuracyMeters());
            }
            out.string(report.address());
            out.string(report.description());
            out.string(report.assetIdentifier());
            out.strings(report.photos());
            out.strings(report.afterPhotos());
            if (report.reportedAt() != null) {
                out.time(report.reportedAt());
            }
        }
        out.unsigned(request.results().size());
        for (QueuedResult result : request.results()) {
            out.unsigned((result.lat() != null ? RESULT_LAT : 0) | (result.lon() != null ? RESULT_LON : 0)
                    | (result.at() != null ? RESULT_AT : 0));
            out.identifier(result.clientId());
            out.identifier(result.caseNumber());
            out.string(result.action());
            out.string(result.outcome());
            out.string(result.note());
            out.strings(result.photos());
            if (result.lat() != null) {
                out.latitude(result.lat());
            }
            if (result.lon() != null) {
                out.longitude(result.lon());
            }
            if (result.at() != null) {
                out.time(result.at());
            }
        }
        out.unsigned(request.positions().size());
        for (QueuedPosition sample : request.positions()) {
            out.unsigned((sample.at() != null ? SAMPLE_AT : 0) | (sample.lat() != null ? SAMPLE_LAT : 0)
                    | (sample.lon() != null ? SAMPLE_LON : 0) | (sample.accuracyMeters() != null ? SAMPLE_ACCURACY : 0));
            if (sample.at() != null) {
                out.time(sample.at());
            }
            if (sample.lat() != null) {
                out.latitude(sample.lat());
            }
            if (sample.lon() != null) {
                out.longitude(sample.lon());
            }
            if (sample.accuracyMeters() != null) {
                out.accuracy(sample.accuracyMeters());
            }
        }
        return deflate(out.bytes());
    }

    /** @throws CorruptMessage when the bytes are no compact sync request of a known version */
    public static SyncRequest decodeRequest(byte[] body) {
        WireReader in = open(body, REQUEST);
        long cursor = in.unsigned();
        if (cursor < 0) {
            throw new CorruptMessage("the cursor is out of range");
        }
        int reportCount = in.bounded(MAX_LIST, "the number of reports");
        List<QueuedReport> reports = new ArrayList<>(reportCount);
        for (int i = 0; i < reportCount; i++) {
            int mask = in.bounded(127, "a report's flags");
            String clientId = in.identifier();
            String kind = in.string();
            String category = in.string();
            Double lat = (mask & REPORT_LAT) != 0 ? in.latitude() : null;
            Double lon = (mask & REPORT_LON) != 0 ? in.longitude() : null;
            Double accuracy = (mask & REPORT_ACCURACY) != 0 ? in.accuracy() : null;
            String address = in.string();
            String description = in.string();
            String asset = in.string();
            List<String> photos = in.strings(MAX_LIST);
            List<String> after = in.strings(MAX_LIST);
            OffsetDateTime at = (mask & REPORT_AT) != 0 ? in.time() : null;
            reports.add(new QueuedReport(clientId, kind, category, lat, lon, accuracy, (mask & REPORT_PINNED) != 0,
                    address, description, (mask & REPORT_URGENT) != 0, asset, (mask & REPORT_SELF_HANDLED) != 0,
                    photos, after, at));
        }
        int resultCount = in.bounded(MAX_LIST, "the number of results");
        List<QueuedResult> results = new ArrayList<>(resultCount);
        for (int i = 0; i < resultCount; i++) {
            int mask = in.bounded(7, "a result's flags");
            String clientId = in.identifier();
            String caseNumber = in.identifier();
            String action = in.string();
            String outcome = in.string();
            String note = in.string();
            List<String> photos = in.strings(MAX_LIST);
            Double lat = (mask & RESULT_LAT) != 0 ? in.latitude() : null;
            Double lon = (mask & RESULT_LON) != 0 ? in.longitude() : null;
            OffsetDateTime at = (mask & RESULT_AT) != 0 ? in.time() : null;
            results.add(new QueuedResult(clientId, caseNumber, action, outcome, note, photos, at, lat, lon));
        }
        int sampleCount = in.bounded(MAX_LIST, "the number of position samples");
        List<QueuedPosition> positions = new ArrayList<>(sampleCount);
        for (int i = 0; i < sampleCount; i++) {
            int mask = in.bounded(15, "a sample's flags");
            OffsetDateTime at = (mask & SAMPLE_AT) != 0 ? in.time() : null;
            Double lat = (mask & SAMPLE_LAT) != 0 ? in.latitude() : null;
            Double lon = (mask & SAMPLE_LON) != 0 ? in.longitude() : null;
            Double accuracy = (mask & SAMPLE_ACCURACY) != 0 ? in.accuracy() : null;
            positions.add(new QueuedPosition(at, lat, lon, accuracy));
        }
        close(in);
        return new SyncRequest(cursor, reports, results, positions);
    }

    public static byte[] encode(SyncResponse response) {
        WireWriter out = header(RESPONSE, offset(response.tasks().stream().map(TaskChange::dueAt)));
        out.unsigned(response.cursor());
        out.unsigned(response.items().size());
        for (ItemAnswer item : response.items()) {
            out.identifier(item.clientId());
            out.unsigned(STATES.indexOf(item.state()));
            out.identifier(item.caseNumber());
            out.string(item.field());
            out.string(item.reason());
            out.unsigned(item.errors().size());
            for (FieldError error : item.errors()) {
                out.string(error.field());
                out.string(error.reason());
            }
        }
        PositionAnswer positions = response.positions();
        out.unsigned(positions.accepted());
        out.unsigned(positions.refused().size());
        int previous = 0;
        for (RefusedPosition refused : positions.refused()) {
            out.signed(refused.index() - previous);
            previous = refused.index();
            out.string(refused.field());
            out.string(refused.reason());
        }
        out.unsigned(response.tasks().size());
        for (TaskChange task : response.tasks()) {
            out.unsigned((task.dueAt() != null ? TASK_DUE : 0) | (task.lat() != null ? TASK_LAT : 0)
                    | (task.lon() != null ? TASK_LON : 0));
            out.identifier(task.caseNumber());
            out.string(task.task());
            out.string(task.state());
            if (task.dueAt() != null) {
                out.time(task.dueAt());
            }
            out.string(task.light());
            if (task.lat() != null) {
                out.latitude(task.lat());
            }
            if (task.lon() != null) {
                out.longitude(task.lon());
            }
            out.string(task.address());
            out.string(task.categoryCode());
            out.string(task.categoryName());
            out.string(task.description());
        }
        out.unsigned(response.reports().size());
        for (ReportChange report : response.reports()) {
            out.identifier(report.clientId());
            out.identifier(report.caseNumber());
            out.string(report.status());
        }
        return deflate(out.bytes());
    }

    /** @throws CorruptMessage when the bytes are no compact sync response of a known version */
    public static SyncResponse decodeResponse(byte[] body) {
        WireReader in = open(body, RESPONSE);
        long cursor = in.unsigned();
        int itemCount = in.bounded(MAX_LIST * 2, "the number of items");
        List<ItemAnswer> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            String clientId = in.identifier();
            String state = STATES.get(in.bounded(STATES.size() - 1, "an item's state"));
            String caseNumber = in.identifier();
            String field = in.string();
            String reason = in.string();
            int errorCount = in.bounded(MAX_LIST, "the number of errors");
            List<FieldError> errors = new ArrayList<>(errorCount);
            for (int e = 0; e < errorCount; e++) {
                errors.add(new FieldError(in.string(), in.string()));
            }
            items.add(new ItemAnswer(clientId, state, caseNumber, field, reason, errors));
        }
        int accepted = in.bounded(Integer.MAX_VALUE, "the accepted samples");
        int refusedCount = in.bounded(MAX_LIST, "the refused samples");
        List<RefusedPosition> refused = new ArrayList<>(refusedCount);
        long index = 0;
        for (int i = 0; i < refusedCount; i++) {
            index += in.signed();
            if (index < 0 || index > Integer.MAX_VALUE) {
                throw new CorruptMessage("a refused sample's index is out of range");
            }
            refused.add(new RefusedPosition((int) index, in.string(), in.string()));
        }
        int taskCount = in.bounded(MAX_LIST, "the number of tasks");
        List<TaskChange> tasks = new ArrayList<>(taskCount);
        for (int i = 0; i < taskCount; i++) {
            int mask = in.bounded(7, "a task's flags");
            String number = in.identifier();
            String task = in.string();
            String state = in.string();
            OffsetDateTime due = (mask & TASK_DUE) != 0 ? in.time() : null;
            String light = in.string();
            Double lat = (mask & TASK_LAT) != 0 ? in.latitude() : null;
            Double lon = (mask & TASK_LON) != 0 ? in.longitude() : null;
            tasks.add(new TaskChange(number, task, state, due, light, lat, lon, in.string(), in.string(), in.string(),
                    in.string()));
        }
        int reportCount = in.bounded(MAX_LIST, "the number of reports");
        List<ReportChange> reports = new ArrayList<>(reportCount);
        for (int i = 0; i < reportCount; i++) {
            reports.add(new ReportChange(in.identifier(), in.identifier(), in.string()));
        }
        close(in);
        return new SyncResponse(items, new PositionAnswer(accepted, refused), cursor, tasks, reports);
    }

    /** The offset the message's times are shown in: the first time's, else China Standard Time. */
    private static ZoneOffset offset(Stream<OffsetDateTime> times) {
        return times.filter(java.util.Objects::nonNull).findFirst().map(OffsetDateTime::getOffset)
                .orElse(DEFAULT_OFFSET);
    }

    private static WireWriter header(int kind, ZoneOffset offset) {
        WireWriter out = new WireWriter();
        out.raw(VERSION);
        out.raw(kind);
        out.signed(offset.getTotalSeconds() / 60);
        return out;
    }

    private static WireReader open(byte[] body, int kind) {
        WireReader in = new WireReader(inflate(body));
        int version = in.raw();
        if (version != VERSION) {
            throw new CorruptMessage("unknown version " + version);
        }
        int found = in.raw();
        if (found != kind) {
            throw new CorruptMessage("message kind " + found + " where " + kind + " was expected");
        }
        long minutes = in.signed();
        if (minutes < -18 * 60 || minutes > 18 * 60) {
            throw new CorruptMessage("the offset is out of range");
        }
        in.offset(ZoneOffset.ofTotalSeconds((int) minutes * 60));
        return in;
    }

    private static void close(WireReader in) {
        if (!in.atEnd()) {
            throw new CorruptMessage("bytes follow the end of the message");
        }
    }

    static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 2));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, compressed.length * 4));
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CorruptMessage("the deflate stream ends early");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new CorruptMessage("the message inflates beyond " + MAX_INFLATED + " bytes");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new CorruptMessage("bytes follow the deflate stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new CorruptMessage("not a deflate stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
