package org.gridloop.field.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
import org.junit.jupiter.api.Test;

class SyncCodecTests {

    static final OffsetDateTime NINE = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");

    static SyncRequest request() {
        List<QueuedReport> reports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reports.add(new QueuedReport("c-17" + (i + 1), "incident", "01001", micro(22.701234 + i * 0.001), 114.131234,
                    8.0, i == 1, i == 0 ? "平湖大道 1 号" : null, "路面有积水 " + i, i == 2, null, i == 2,
                    List.of("p" + i), i == 2 ? List.of("after") : List.of(), NINE.plusMinutes(i)));
        }
        reports.add(new QueuedReport(null, null, null, null, null, null, null, null, null, null, "0123456789012345",
                null, null, null, null));
        List<QueuedResult> results = List.of(
                new QueuedResult("r-9", "20260302000123", "verify", "CONFIRMED", "确认", List.of("p0"),
                        NINE.plusMinutes(5), 22.7, 114.13),
                new QueuedResult("result-x", "20260302000124", "check", "FAILED", null, List.of(), null, null, null));
        List<QueuedPosition> positions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            positions.add(new QueuedPosition(NINE.plusSeconds(30L * i), micro(22.7 + i * 0.0003),
                    micro(114.13 - i * 0.0002), 5.0));
        }
        positions.add(new QueuedPosition(null, 95.0, null, null));
        return new SyncRequest(42L, reports, results, positions);
    }

    /** Coordinates travel in micro-degrees. */
    static double micro(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    static SyncResponse response() {
        return new SyncResponse(List.of(ItemAnswer.accepted("c-171", "20260302000125"),
                ItemAnswer.duplicate("c-172", "20260302000126"),
                new ItemAnswer("c-173", SyncResponse.REFUSED, null, "categoryCode", "没有这个小类",
                        List.of(new FieldError("categoryCode", "没有这个小类"), new FieldError("lat", "必填")))),
                new PositionAnswer(58, List.of(new RefusedPosition(3, "at", "早于 7 天前"),
                        new RefusedPosition(40, "lat", "范围"))),
                77, List.of(new TaskChange("20260302000123", "verification", "open", NINE.plusHours(2), "green",
                        22.7, 114.13, "龙岗大道", "01001", "井盖", "井盖破损"),
                        new TaskChange("20260302000100", "check", "withdrawn", null, null, null, null, null, null,
                                null, null)),
                List.of(new ReportChange("c-171", "20260302000125", "REPORTED")));
    }

    @Test
    void requestComesBackAsItWasSent() {
        SyncRequest request = request();

        SyncRequest decoded = SyncCodec.decodeRequest(SyncCodec.encode(request));

        assertThat(decoded.cursor()).isEqualTo(42L);
        assertThat(decoded.results()).isEqualTo(request.results());
        assertThat(decoded.positions()).isEqualTo(request.positions());
        assertThat(decoded.reports().subList(0, 3)).isEqualTo(request.reports().subList(0, 3));
        QueuedReport empty = decoded.reports().get(3);
        assertThat(empty.clientId()).isNull();
        assertThat(empty.lat()).isNull();
        assertThat(empty.isPinned()).isFalse();
        assertThat(empty.assetIdentifier()).isEqualTo("0123456789012345");
    }

    @Test
    void responseComesBackAsItWasSent() {
        SyncResponse response = response();

        assertThat(SyncCodec.decodeResponse(SyncCodec.encode(response))).isEqualTo(response);
    }

    @Test
    void roundsAccuracyUpToWholeMetresAndTimesToSeconds() {
        SyncRequest request = new SyncRequest(0L, List.of(), List.of(),
                List.of(new QueuedPosition(NINE.plusNanos(700_000_000), 22.7, 114.13, 7.2)));

        QueuedPosition decoded = SyncCodec.decodeRequest(SyncCodec.encode(request)).positions().get(0);

        assertThat(decoded.accuracyMeters()).isEqualTo(8.0);
        assertThat(decoded.at()).isEqualTo(NINE);
    }

    @Test
    void deltaEncodedSamplesTakeAFewBytesEach() {
        List<QueuedPosition> positions = new ArrayList<>();
        Random walk = new Random(1);
        double lat = 22.7;
        double lon = 114.13;
        for (int i = 0; i < 60; i++) {
            lat += (walk.nextDouble() - 0.5) * 0.0006;
            lon += (walk.nextDouble() - 0.5) * 0.0006;
            positions.add(new QueuedPosition(NINE.plusSeconds(30L * i), lat, lon, (double) (5 + walk.nextInt(10))));
        }

        byte[] body = SyncCodec.encode(new SyncRequest(0L, List.of(), List.of(), positions));

        assertThat(body.length / 60.0).isLessThan(8);
    }

    @Test
    void refusesEveryTruncationOfAValidMessage() {
        byte[] body = SyncCodec.encode(request());
        for (int length = 0; length < body.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(body, length);
            assertThatThrownBy(() -> SyncCodec.decodeRequest(cut)).as("cut at " + length)
                    .isInstanceOf(CorruptMessage.class);
        }
    }

    @Test
    void refusesCorruptedBytesWithACorruptMessageOnly() {
        byte[] body = SyncCodec.encode(request());
        Random random = new Random(5);
        for (int trial = 0; trial < 2_000; trial++) {
            byte[] corrupted = body.clone();
            corrupted[random.nextInt(corrupted.length)] ^= (byte) (1 + random.nextInt(255));
            try {
                SyncCodec.decodeRequest(corrupted);
            } catch (CorruptMessage expected) {
                // refused as it should be
            }
        }
        for (int trial = 0; trial < 2_000; trial++) {
            byte[] plain = new byte[1 + random.nextInt(64)];
            random.nextBytes(plain);
            plain[0] = 1;
            plain[1 % plain.length] = 1;
            byte[] compressed = SyncCodec.deflate(plain);
            try {
                SyncCodec.decodeRequest(compressed);
            } catch (CorruptMessage expected) {
                // refused as it should be
            }
        }
    }

    @Test
    void refusesAnUnknownVersionAMessageOfTheOtherKindAndTrailingBytes() {
        assertThatThrownBy(() -> SyncCodec.decodeRequest(SyncCodec.deflate(new byte[] {2, 1, 0})))
                .isInstanceOf(CorruptMessage.class).hasMessageContaining("version");
        assertThatThrownBy(() -> SyncCodec.decodeRequest(SyncCodec.encode(response())))
                .isInstanceOf(CorruptMessage.class).hasMessageContaining("kind");
        byte[] plain = {1, 1, 0, 0, 0, 0, 0, 9};
        assertThatThrownBy(() -> SyncCodec.decodeRequest(SyncCodec.deflate(plain)))
                .isInstanceOf(CorruptMessage.class).hasMessageContaining("follow");
    }

    @Test
    void refusesAMessageThatInflatesBeyondTheLimit() {
        byte[] bomb = SyncCodec.deflate(new byte[SyncCodec.MAX_INFLATED + 1]);

        assertThatThrownBy(() -> SyncCodec.decodeRequest(bomb)).isInstanceOf(CorruptMessage.class)
                .hasMessageContaining("inflates");
    }
}
