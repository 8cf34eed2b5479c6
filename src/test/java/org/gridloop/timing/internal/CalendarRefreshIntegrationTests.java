package org.gridloop.timing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.gridloop.timing.TimeLimit;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A calendar changed in the database by another node reaches this node's table at its next refresh. */
@HttpIntegrationTest
class CalendarRefreshIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2033, 6, 6);

    @Autowired
    CachedWorkingCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeDay() {
        jdbc.sql("DELETE FROM timing_special_day WHERE day = :day").param("day", DAY).update();
        calendars.refreshIfChanged();
    }

    @Test
    void picksUpAHolidayAddedByAnotherNode() {
        Instant mondayMorning = OffsetDateTime.parse("2033-06-06T09:00:00+08:00").toInstant();
        assertThat(calendars.dueAt(mondayMorning, TimeLimit.workingMinutes(60)))
                .isEqualTo(OffsetDateTime.parse("2033-06-06T10:00:00+08:00").toInstant());

        jdbc.sql("INSERT INTO timing_special_day (day, kind, name) VALUES (:day, 'HOLIDAY', '另一节点添加')")
                .param("day", DAY).update();
        assertThat(calendars.dueAt(mondayMorning, TimeLimit.workingMinutes(60))).as("not refreshed yet")
                .isEqualTo(OffsetDateTime.parse("2033-06-06T10:00:00+08:00").toInstant());

        calendars.refreshIfChanged();

        assertThat(calendars.dueAt(mondayMorning, TimeLimit.workingMinutes(60)))
                .isEqualTo(OffsetDateTime.parse("2033-06-07T10:00:00+08:00").toInstant());
    }
}
