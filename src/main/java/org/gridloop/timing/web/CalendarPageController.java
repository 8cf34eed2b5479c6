package org.gridloop.timing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.timing.internal.CalendarManagement;
import org.gridloop.timing.internal.SpecialDay;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the working calendar: a year of months with the special days
 * marked, the list of special days with a remove button each, a form to add or change one, an
 * import of a whole year, and the versions of the working week.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CalendarPageController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CalendarManagement calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPageController(CalendarManagement calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) String year, Model model) {
        int shown = year == null ? LocalDate.now(clock.withZone(ZONE)).getYear() : CalendarManagement.year(year);
        List<SpecialDay> days = calendar.specialDays(String.valueOf(shown));
        Map<LocalDate, SpecialDay> byDate = days.stream()
                .collect(Collectors.toMap(SpecialDay::date, Function.identity()));
        model.addAttribute("year", shown);
        model.addAttribute("days", days);
        model.addAttribute("months", CalendarMonth.ofYear(shown, byDate));
        model.addAttribute("versions", calendar.versions());
        model.addAttribute("kinds", SpecialDay.Kind.values());
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        return "timing/calendar";
    }

    @PostMapping("/special-days")
    String putSpecialDay(@RequestParam String date, @RequestParam String kind, @RequestParam String name,
            RedirectAttributes redirect) {
        return act(redirect, yearOf(date), () -> {
            SpecialDay day = calendar.putSpecialDay(date, kind, name);
            return message("timing.calendar.saved", day.date());
        });
    }

    @PostMapping("/special-days/remove")
    String removeSpecialDay(@RequestParam String date, RedirectAttributes redirect) {
        return act(redirect, yearOf(date), () -> {
            calendar.removeSpecialDay(date);
            return message("timing.calendar.removed", date);
        });
    }

    @PostMapping("/import")
    String importYear(@RequestParam String year, @RequestParam String csv, RedirectAttributes redirect) {
        return act(redirect, year, () -> message("timing.calendar.imported", year,
                calendar.importYear(year, csv).size()));
    }

    private String act(RedirectAttributes redirect, String year, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), LocaleContextHolder.getLocale()));
        }
        return year != null && year.strip().matches("\\d{4}") ? "redirect:/admin/calendar?year=" + year.strip()
                : "redirect:/admin/calendar";
    }

    private static String yearOf(String date) {
        return date != null && date.strip().matches("\\d{4}-.*") ? date.strip().substring(0, 4) : null;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }
}
