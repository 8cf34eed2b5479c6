package org.gridloop.timing.internal;

import java.time.Duration;
import java.time.Instant;

import org.gridloop.casework.CaseFile;
import org.gridloop.casework.Deadline;
import org.gridloop.casework.Deadlines;
import org.gridloop.casework.Urgency;
import org.gridloop.timing.LimitUnit;
import org.gridloop.casework.CaseStage;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.timing.WorkingCalendars;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The deadlines of case clocks from the time-limit standards in effect when a clock starts and
 * the working calendar; the light thresholds place yellow and red as shares of the limit.
 */
@Component
@EnableConfigurationProperties(LightThresholds.class)
class CalendarDeadlines implements Deadlines {

    /** The stages after handling that the case clock adds to the handling limit. */
    private static final CaseStage[] AFTER_HANDLING = {CaseStage.REQUEST_CHECK, CaseStage.CHECK, CaseStage.CLOSE};

    private final WorkingCalendars calendars;
    private final TimeLimits limits;
    private final LightThresholds thresholds;

    CalendarDeadlines(WorkingCalendars calendars, TimeLimits limits, LightThresholds thresholds) {
        this.calendars = calendars;
        this.limits = limits;
        this.thresholds = thresholds;
    }

    @Override
    public Deadline start(CaseStage stage, CaseFile file, Instant at) {
        TimeLimit limit = stage == CaseStage.HANDLE ? handlingLimit(file, at) : limits.stageLimit(stage, at);
        return deadline(at, calendars.allowance(at, limit), limit.unit());
    }

    @Override
    public Deadline startCase(CaseFile file, Instant at) {
        Instant handlingStarts = calendars.dueAt(at, limits.stageLimit(CaseStage.DISPATCH, at));
        TimeLimit handling = handlingLimit(file, handlingStarts);
        Instant due = calendars.dueAt(handlingStarts, handling);
        for (CaseStage stage : AFTER_HANDLING) {
            due = calendars.dueAt(due, limits.stageLimit(stage, at));
        }
        LimitUnit unit = handling.unit().natural() ? LimitUnit.NATURAL_HOURS : LimitUnit.WORKING_MINUTES;
        return deadline(at, calendars.elapsed(at, due, unit), unit);
    }

    @Override
    public Deadline resumed(Deadline deadline, Instant pausedAt, Instant resumedAt) {
        Duration pause = calendars.elapsed(pausedAt, resumedAt, unit(deadline));
        return pause.isNegative() ? deadline : later(deadline, pause);
    }

    @Override
    public Deadline extended(Deadline deadline, int minutes) {
        return later(deadline, Duration.ofMinutes(minutes));
    }

    /** The clock with its yellow, red and due instants moved {@code time} later on its own clock. */
    private Deadline later(Deadline deadline, Duration time) {
        LimitUnit unit = unit(deadline);
        return new Deadline(deadline.startedAt(), calendars.plus(deadline.yellowAt(), time, unit),
                calendars.plus(deadline.redAt(), time, unit), calendars.plus(deadline.dueAt(), time, unit),
                deadline.natural());
    }

    @Override
    public long remainingMinutes(Deadline deadline, Instant at) {
        return calendars.elapsed(at, deadline.dueAt(), unit(deadline)).toMinutes();
    }

    private Deadline deadline(Instant start, Duration allowance, LimitUnit unit) {
        return new Deadline(start, calendars.plus(start, thresholds.yellowShareOf(allowance), unit),
                calendars.plus(start, thresholds.redShareOf(allowance), unit), calendars.plus(start, allowance, unit),
                unit.natural());
    }

    private TimeLimit handlingLimit(CaseFile file, Instant at) {
        Urgency urgency = file.progress().urgency() == null ? Urgency.NORMAL : file.progress().urgency();
        return limits.handlingLimit(file.facts().kind(), file.facts().categoryCode(), file.progress().condition(),
                urgency, at);
    }

    private static LimitUnit unit(Deadline deadline) {
        return deadline.natural() ? LimitUnit.NATURAL_HOURS : LimitUnit.WORKING_MINUTES;
    }
}
