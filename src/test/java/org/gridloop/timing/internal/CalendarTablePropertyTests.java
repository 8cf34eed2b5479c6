package org.gridloop.timing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Properties of the precomputed calendar over thousands of random cases with fixed seeds. */
class CalendarTablePropertyTests {

    private static final long FIRST = CalendarFixtures.at("2025-01-01T00:00").getEpochSecond();
    private static final long LAST = CalendarFixtures.at("2027-01-01T00:00").getEpochSecond();

    private final CalendarTable table = CalendarFixtures.defaultTable();

    @Test
    void measuringWhatWasAddedGivesTheSameWorkingTimeAndTheDueTimeIsTheFirstSuch() {
        Random random = new Random(20260213L);
        for (int i = 0; i < 20_000; i++) {
            long start = FIRST + (long) (random.nextDouble() * (LAST - FIRST));
            long seconds = random.nextInt(10 * 420 * 60);

            long due = table.dueEpochSecond(start, seconds);

            assertThat(table.workingSecondsBetween(start, due)).as("start %s + %ss", Instant.ofEpochSecond(start), seconds)
                    .isEqualTo(seconds);
            if (seconds > 0) {
                assertThat(table.workingSecondsBetween(start, due - 1)).isEqualTo(seconds - 1);
            }
        }
    }

    @Test
    void measuringIsMonotonicAndAdditive() {
        Random random = new Random(42L);
        for (int i = 0; i < 20_000; i++) {
            long[] instants = {next(random), next(random), next(random)};
            java.util.Arrays.sort(instants);

            long firstToSecond = table.workingSecondsBetween(instants[0], instants[1]);
            long secondToThird = table.workingSecondsBetween(instants[1], instants[2]);

            assertThat(firstToSecond).isNotNegative();
            assertThat(secondToThird).isNotNegative();
            assertThat(table.workingSecondsBetween(instants[0], instants[2])).isEqualTo(firstToSecond + secondToThird);
            assertThat(table.workingSecondsBetween(instants[1], instants[0])).isEqualTo(-firstToSecond);
        }
    }

    @Test
    void agreesWithTheMinuteByMinuteCount() {
        MinuteByMinuteCalendar naive = new MinuteByMinuteCalendar(CalendarFixtures.SHANGHAI,
                List.of(CalendarFixtures.defaultVersion()), CalendarFixtures.bundledHolidays());
        Random random = new Random(7L);
        for (int i = 0; i < 1_000; i++) {
            long start = next(random) / 60 * 60;
            int minutes = random.nextInt(3 * 420);

            long due = table.dueEpochSecond(start, minutes * 60L);

            assertThat(Instant.ofEpochSecond(due)).as("start %s + %s min", Instant.ofEpochSecond(start), minutes)
                    .isEqualTo(naive.dueAt(Instant.ofEpochSecond(start), minutes));
            if (i % 10 == 0) {
                assertThat(table.workingSecondsBetween(start, due + 7_200) / 60)
                        .isEqualTo(naive.workingMinutesBetween(Instant.ofEpochSecond(start), Instant.ofEpochSecond(due + 7_200)));
            }
        }
    }

    private static long next(Random random) {
        return FIRST + (long) (random.nextDouble() * (LAST - FIRST));
    }
}
