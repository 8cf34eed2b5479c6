package org.gridloop.web.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The command map (监督指挥) for the big screen and the command center: areas, unit grids,
 * assets, open cases and inspectors, each layer fetched by the page from the module that owns it
 * (docs/adr/0020-command-map.md).
 */
@Controller
@EnableConfigurationProperties(MapSettings.class)
@PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'SHIFT_SUPERVISOR', 'ADMINISTRATOR')")
class MapPageController {

    private final MapSettings settings;

    MapPageController(MapSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("map", settings);
        return "map/command";
    }
}
