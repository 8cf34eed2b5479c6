package org.gridloop.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.internal.DemoPatrols.Patrol;
import org.gridloop.casework.internal.DemoPatrols.Spot;
import org.gridloop.catalog.Category;
import org.gridloop.intake.Channel;

/**
 * Generates the cases of a demo quarter day by day, from a fixed seed, so the same district and
 * volume give the same history. Inspectors report in their shifts on working days, the
 * outsourced teams' inspectors (paid per valid report) {@value #OUTSOURCED_ZEAL} times as often
 * as the others, each from a position in the work grids they patrol; the public reports on every
 * day by hotline, web, SMS and Open311, and leaders hand cases over in working hours. Each case
 * then goes through the workflow in working hours with delays drawn around the time limits, so
 * that some stages run late: some reports are rejected, declined or discarded, a few dispatches
 * are returned, and the cases still running at the quarter's end are left open about half the time.
 */
final class HistoryGenerator {

    /** How many more reports an outsourced team's inspector files than a self-organized team's. */
    static final double OUTSOURCED_ZEAL = 2.5;

    /** Reports of the other channels per inspector report. */
    static final Map<Channel, Double> OTHER_CHANNELS = Map.of(Channel.HOTLINE, 0.06, Channel.PUBLIC, 0.025,
            Channel.SMS, 0.012, Channel.OPEN311, 0.008, Channel.LEADER, 0.004);

    private final DemoPatrols patrols;
    private final DemoCaseMix mix;
    private final WorkingHours hours;
    private final HistoryQuarter quarter;
    private final Instant now;
    private final Random random;
    private final double[] zeal;
    private final double inspectorReportsPerWorkingDay;
    private final int inspectorReports;
    private final long days;
    private final long workingDays;

    HistoryGenerator(DemoPatrols patrols, DemoCaseMix mix, WorkingHours hours, HistoryQuarter quarter,
            int inspectorReports, Instant now, long seed) {
        this.patrols = patrols;
        this.mix = mix;
        this.hours = hours;
        this.quarter = quarter;
        this.now = now;
        this.random = new Random(seed);
        List<Patrol> all = patrols.patrols();
        zeal = new double[all.size()];
        double sum = 0;
        for (int i = 0; i < all.size(); i++) {
            sum += all.get(i).outsourced() ? OUTSOURCED_ZEAL : 1.0;
            zeal[i] = sum;
        }
        this.inspectorReports = inspectorReports;
        days = quarter.firstDay().datesUntil(quarter.endDay()).count();
        workingDays = Math.max(1, quarter.firstDay().datesUntil(quarter.endDay()).filter(hours::isWorkingDay).count());
        inspectorReportsPerWorkingDay = (double) inspectorReports / workingDays;
    }

    HistoryQuarter quarter() {
        return quarter;
    }

    /** The cases reported on the day, in the order they were reported. */
    List<HistoryCase> day(LocalDate date) {
        List<HistoryCase> cases = new ArrayList<>();
        boolean working = hours.isWorkingDay(date);
        if (working) {
            int count = (int) Math.round(inspectorReportsPerWorkingDay * (0.85 + 0.3 * random.nextDouble()));
            for (int i = 0; i < count; i++) {
                cases.add(inspectorReport(date));
            }
        }
        for (Channel channel : List.of(Channel.HOTLINE, Channel.PUBLIC, Channel.SMS, Channel.OPEN311, Channel.LEADER)) {
            if (channel == Channel.LEADER && !working) {
                continue;
            }
            double expected = inspectorReports * OTHER_CHANNELS.get(channel) / (channel == Channel.LEADER ? workingDays : days);
            int count = (int) Math.floor(expected * (0.7 + 0.6 * random.nextDouble()) + random.nextDouble());
            for (int i = 0; i < count; i++) {
                cases.add(publicReport(channel, date));
            }
        }
        cases.sort(Comparator.comparing(row -> row.reportedAt));
        return cases;
    }

    private HistoryCase inspectorReport(LocalDate date) {
        Patrol patrol = patrol();
        Spot spot = patrol.spots().get(random.nextInt(patrol.spots().size()));
        Instant reported = hours.workingMinute(date, random.nextDouble() * WorkingHours.MINUTES_A_DAY);
        return follow(new HistoryCase(Channel.INSPECTOR, patrol.inspector(), mix.pick(random), spot.latitude(),
                spot.longitude(), reported), spot);
    }

    private HistoryCase publicReport(Channel channel, LocalDate date) {
        Spot spot = patrols.anySpot(random);
        Instant reported = channel == Channel.LEADER
                ? hours.workingMinute(date, random.nextDouble() * WorkingHours.MINUTES_A_DAY)
                : date.atTime(7, 0).atZone(WorkingHours.SHANGHAI).toInstant()
                        .plusSeconds((long) (random.nextDouble() * 15 * 3600));
        return follow(new HistoryCase(channel, null, mix.pick(random), spot.latitude(), spot.longitude(), reported),
                spot);
    }

    private Patrol patrol() {
        double draw = random.nextDouble() * zeal[zeal.length - 1];
        int low = 0;
        int high = zeal.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (zeal[middle] < draw) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return patrols.patrols().get(low);
    }

    /** The steps of the case: the stage limits are 10 working minutes, handling one to three working days. */
    private HistoryCase follow(HistoryCase row, Spot spot) {
        Channel channel = row.channel;
        double outcome = random.nextDouble();
        double rejected = switch (channel) {
            case INSPECTOR -> 0.02;
            case HOTLINE -> 0.08;
            case LEADER, VIDEO -> 0.0;
            default -> 0.15;
        };
        double declined = channel == Channel.LEADER ? 0.0 : channel == Channel.INSPECTOR ? 0.015 : 0.04;
        double discarded = 0.01;
        double acceptDelay = channel.requiresVerification() ? 15 + exponential(25)
                : channel == Channel.INSPECTOR ? exponential(4) : 1 + exponential(3);
        Instant accepted = hours.plus(row.reportedAt, acceptDelay);
        if (outcome < rejected) {
            row.closedAt = accepted;
            row.status = CaseStatus.REJECTED;
            return ended(row);
        }
        row.acceptedAt = accepted;
        if (outcome < rejected + declined) {
            row.closedAt = hours.plus(accepted, 1 + exponential(6));
            row.status = CaseStatus.DECLINED;
            return ended(row);
        }
        row.registeredAt = hours.plus(accepted, exponential(5));
        if (outcome < rejected + declined + discarded) {
            row.closedAt = hours.plus(row.registeredAt, 30 + exponential(120));
            row.status = CaseStatus.DISCARDED;
            return ended(row);
        }
        double returnDraw = random.nextDouble();
        row.returns = returnDraw < 0.005 ? 2 : returnDraw < 0.04 ? 1 : 0;
        Instant dispatched = hours.plus(row.registeredAt, exponential(5));
        for (int i = 0; i < row.returns; i++) {
            dispatched = hours.plus(dispatched, 20 + exponential(90));
        }
        row.dispatchedAt = dispatched;
        row.department = mix.departmentFor(row.category, spot.place());
        row.handledAt = hours.plus(dispatched, 150 * Math.exp(random.nextGaussian()));
        row.checkedAt = hours.plus(row.handledAt, exponential(12));
        row.closedAt = hours.plus(row.checkedAt, exponential(4));
        row.status = CaseStatus.CLOSED;
        boolean running = row.closedAt.isAfter(quarter.end());
        if (running && random.nextBoolean() && !(channel == Channel.INSPECTOR && accepted.isAfter(quarter.end()))) {
            row.openAt(quarter.end());
        }
        return ended(row);
    }

    /** Nothing later than now: a case that would end after it is left open as it stands now. */
    private HistoryCase ended(HistoryCase row) {
        row.openAt(now);
        return row;
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
