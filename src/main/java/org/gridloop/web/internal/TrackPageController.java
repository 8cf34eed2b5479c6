package org.gridloop.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The track playback (轨迹回放) of an inspector's day: the track from the organization module and
 * the reports filed along it from the casework module, both fetched by the page, drawn and
 * animated on the map.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'SHIFT_SUPERVISOR', 'ADMINISTRATOR')")
class TrackPageController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MapSettings settings;
    private final Clock clock;

    TrackPageController(MapSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/inspectors/{username}/track")
    String track(@PathVariable String username, @RequestParam(required = false) String date, Model model) {
        model.addAttribute("map", settings);
        model.addAttribute("username", username);
        model.addAttribute("date", day(date));
        return "map/track";
    }

    private LocalDate day(String text) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        try {
            return text == null || text.isBlank() ? today : LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return today;
        }
    }
}
