package org.gridloop.field.web;

import org.gridloop.field.internal.FieldProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field app's shell at {@code /m/}: one page whose scripts do the rest. It is served with
 * the session of the login form (signing in brings the inspector back here) and kept by the
 * service worker for offline use; the texts of both languages travel inside it.
 */
@Controller
class FieldAppPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String messagesJson;
    private final FieldProperties properties;
    private final String tileUrl;
    private final String attribution;
    private final double latitude;
    private final double longitude;

    FieldAppPageController(FieldAppMessages messages, FieldProperties properties,
            @Value("${gridloop.map.tile-url:}") String tileUrl, @Value("${gridloop.map.attribution:}") String attribution,
            @Value("${gridloop.map.latitude:22.70}") double latitude,
            @Value("${gridloop.map.longitude:114.25}") double longitude) {
        this.messagesJson = JSON.writeValueAsString(messages.tables());
        this.properties = properties;
        this.tileUrl = tileUrl;
        this.attribution = attribution;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    @GetMapping("/m")
    String toShell() {
        return "redirect:/m/";
    }

    @GetMapping("/m/")
    @PreAuthorize("hasRole('INSPECTOR')")
    String shell(Model model) {
        model.addAttribute("messagesJson", messagesJson);
        model.addAttribute("accuracyLimit", properties.maxAccuracyMeters());
        model.addAttribute("positionInterval", properties.positionInterval().toSeconds());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("attribution", attribution);
        model.addAttribute("centre", latitude + "," + longitude);
        return "field/app";
    }
}
