package org.gridloop.organization.internal;

/**
 * The on-duty rule of 在岗率, for one inspector: a scheduled minute starting at {@code t} is on
 * duty when the inspector's latest sample taken at or before {@code t} is at most
 * {@value #MAX_AGE_MILLIS} ms old and lies inside one of the unit grids of the inspector's work
 * grids. A sample after {@code t} says nothing about minute {@code t}, however close.
 */
final class DutyRule {

    static final long MAX_AGE_MILLIS = 120_000;

    private DutyRule() {
    }

    /**
     * Counts the on-duty minutes.
     *
     * @param minuteStarts the scheduled minutes' starts, epoch ms, ascending
     * @param sampleAt     the samples' times, epoch ms, ascending
     * @param inside       per sample, whether it lies inside the inspector's unit grids
     * @param samples      how many entries of {@code sampleAt} and {@code inside} are used
     */
    static int onDutyMinutes(long[] minuteStarts, long[] sampleAt, boolean[] inside, int samples) {
        int onDuty = 0;
        int latest = -1;
        for (long t : minuteStarts) {
            while (latest + 1 < samples && sampleAt[latest + 1] <= t) {
                latest++;
            }
            if (latest >= 0 && t - sampleAt[latest] <= MAX_AGE_MILLIS && inside[latest]) {
                onDuty++;
            }
        }
        return onDuty;
    }
}
