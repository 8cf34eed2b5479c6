package org.gridloop.timing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.gridloop.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayFileTests {

    @Test
    void readsTheBundledScheduleOf2025And2026() {
        var days = CalendarFixtures.bundledHolidays();

        assertThat(days).hasSize(72);
        assertThat(days).contains(new SpecialDay(LocalDate.of(2026, 10, 10), SpecialDay.Kind.WORKDAY, "国庆节调休上班"),
                new SpecialDay(LocalDate.of(2026, 10, 1), SpecialDay.Kind.HOLIDAY, "国庆节"));
        assertThat(days).noneMatch(day -> day.date().equals(LocalDate.of(2026, 10, 8)));
    }

    @Test
    void skipsBlankLinesAndAcceptsAnyCaseOfTheKind() {
        assertThat(HolidayFile.parse("date,kind,name\n\n2027-01-01,HOLIDAY,元旦\r\n", 2027))
                .containsExactly(new SpecialDay(LocalDate.of(2027, 1, 1), SpecialDay.Kind.HOLIDAY, "元旦"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no header              | 2027-01-01,holiday,元旦                              | timing.calendar.csv.header
            missing name           | date,kind,name\\n2027-01-01,holiday                 | timing.calendar.csv.fields
            bad date               | date,kind,name\\n2027-13-01,holiday,元旦             | timing.calendar.csv.date
            bad kind               | date,kind,name\\n2027-01-01,rest,元旦                | timing.calendar.csv.kind
            another year           | date,kind,name\\n2028-01-01,holiday,元旦             | timing.calendar.csv.year
            repeated date          | date,kind,name\\n2027-01-01,holiday,元旦\\n2027-01-01,workday,x | timing.calendar.csv.duplicate
            """)
    void refusesTheWholeFileNamingTheFault(String why, String text, String code) {
        assertThatThrownBy(() -> HolidayFile.parse(text.replace("\\n", "\n"), 2027))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageCode()).isEqualTo(code);
                    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(refusal.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("csv");
                });
    }
}
