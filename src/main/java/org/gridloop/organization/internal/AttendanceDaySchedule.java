package org.gridloop.organization.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the attendance days every night at {@code gridloop.attendance.days.cron} (00:30 Asia/Shanghai,
 * after the sample partitions' maintenance): yesterday and the days before it that the field app
 * may still have sent samples for ({@link AttendanceDays#reckonRecent}).
 * {@code gridloop.attendance.days.enabled=false} turns it off on a node.
 */
@Component
@ConditionalOnProperty(name = "gridloop.attendance.days.enabled", matchIfMissing = true)
class AttendanceDaySchedule {

    private final AttendanceDays days;

    AttendanceDaySchedule(AttendanceDays days) {
        this.days = days;
    }

    @Scheduled(cron = "${gridloop.attendance.days.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    void reckon() {
        days.reckonRecent();
    }
}
