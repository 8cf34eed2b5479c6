package org.gridloop.timing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.gridloop.timing.LimitUnit;
import org.gridloop.timing.TimeLimit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Due times on the default working calendar with the bundled holidays, on one thread. Start
 * instants (to the second) are drawn over 2025–2026 and limits between 1 and 2,100 working
 * minutes (5 working days) with a fixed seed. {@code dueAt} is the production path
 * ({@link CachedWorkingCalendars#dueAt} on the precomputed {@link CalendarTable}, an
 * {@code Instant} in and out); {@code elapsed} measures working time between a start and a
 * later instant; {@code minuteByMinute} is the naive baseline ({@link MinuteByMinuteCalendar},
 * minute-aligned starts); {@code instantPlus} adds the limit as clock time with
 * {@code Instant.plusSeconds}, the cost of the harness and of an {@code Instant}.
 *
 * <p>Run with {@code scripts/benchmark.sh jmh DueTime}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DueTimeBenchmark {

    private static final int CASES = 1 << 14;

    private CalendarTable table;
    private MinuteByMinuteCalendar naive;
    private final Instant[] starts = new Instant[CASES];
    private final Instant[] minuteStarts = new Instant[CASES];
    private final Instant[] ends = new Instant[CASES];
    private final TimeLimit[] limits = new TimeLimit[CASES];
    private int next;

    @Setup
    public void setUp() {
        table = CalendarFixtures.defaultTable();
        naive = new MinuteByMinuteCalendar(CalendarFixtures.SHANGHAI, List.of(CalendarFixtures.defaultVersion()),
                CalendarFixtures.bundledHolidays());
        long first = CalendarFixtures.at("2025-01-01T00:00").getEpochSecond();
        long last = CalendarFixtures.at("2027-01-01T00:00").getEpochSecond();
        Random random = new Random(20_260_930L);
        for (int i = 0; i < CASES; i++) {
            long start = first + (long) (random.nextDouble() * (last - first));
            starts[i] = Instant.ofEpochSecond(start);
            minuteStarts[i] = Instant.ofEpochSecond(start / 60 * 60);
            ends[i] = Instant.ofEpochSecond(start + random.nextInt(14 * 86_400));
            limits[i] = TimeLimit.workingMinutes(1 + random.nextInt(2_100));
        }
    }

    private int nextCase() {
        next = (next + 1) & (CASES - 1);
        return next;
    }

    @Benchmark
    public Instant dueAt() {
        int i = nextCase();
        return CachedWorkingCalendars.dueAt(table, starts[i], limits[i]);
    }

    @Benchmark
    public Object elapsed() {
        int i = nextCase();
        return CachedWorkingCalendars.elapsed(table, starts[i], ends[i], LimitUnit.WORKING_MINUTES);
    }

    @Benchmark
    public Instant minuteByMinute() {
        int i = nextCase();
        return naive.dueAt(minuteStarts[i], limits[i].amount());
    }

    @Benchmark
    public Instant instantPlus() {
        int i = nextCase();
        return starts[i].plusSeconds(limits[i].amount() * 60L);
    }
}
