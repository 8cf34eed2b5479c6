package org.gridloop.organization.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DemoSeedOrder;
import org.gridloop.organization.internal.ShiftManagement.PeriodForm;
import org.gridloop.organization.internal.ShiftManagement.ScheduleForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every demo team the working calendar's hours as its shifts: 09:00–12:00 and 14:00–18:00,
 * Monday to Friday, on working days only, through {@link ShiftManagement} as an administrator
 * would. Runs after the teams exist; does nothing once any team has a schedule.
 */
@Component
@ConditionalOnDemoDistrict
@Order(DemoSeedOrder.ORGANIZATION + 2)
class DemoShiftSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoShiftSeeder.class);

    private final JdbcClient jdbc;
    private final ShiftManagement shifts;

    DemoShiftSeeder(JdbcClient jdbc, ShiftManagement shifts) {
        this.jdbc = jdbc;
        this.shifts = shifts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM organization_team_shift_schedule").query(Integer.class).single() > 0) {
            return;
        }
        List<String> teams = jdbc.sql("SELECT code FROM organization_inspector_team ORDER BY code")
                .query(String.class).list();
        ScheduleForm office = new ScheduleForm(true, officeHours(), null);
        teams.forEach(team -> shifts.replace(team, office));
        log.info("Demo shifts: {} teams work 09:00-12:00 and 14:00-18:00 on working days", teams.size());
    }

    static List<PeriodForm> officeHours() {
        List<PeriodForm> periods = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; day.compareTo(DayOfWeek.FRIDAY) <= 0; day = day.plus(1)) {
            String weekday = day.name().toLowerCase(Locale.ROOT);
            periods.add(new PeriodForm(weekday, "09:00", "12:00"));
            periods.add(new PeriodForm(weekday, "14:00", "18:00"));
        }
        return periods;
    }
}
