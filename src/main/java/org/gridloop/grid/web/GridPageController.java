package org.gridloop.grid.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.GridImportRefused;
import org.gridloop.grid.internal.GridVersionManagement;
import org.gridloop.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the unit grids: the versions with the one in effect marked,
 * export links of each version, and the import of a revision with its effective date. A refused
 * import lists every bad feature.
 */
@Controller
@RequestMapping("/admin/grids")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class GridPageController {

    private final GridVersionManagement management;
    private final BadFeatureMessages badFeatures;
    private final MessageSource messages;

    GridPageController(GridVersionManagement management, BadFeatureMessages badFeatures, MessageSource messages) {
        this.management = management;
        this.badFeatures = badFeatures;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        List<GridVersion> versions = new ArrayList<>(management.versions());
        Collections.reverse(versions);
        model.addAttribute("versions", versions);
        model.addAttribute("inEffect", management.versionInEffect());
        return "grid/grids";
    }

    @PostMapping("/import")
    String importVersion(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String label, @RequestParam(required = false) String effectiveFrom,
            @RequestParam(required = false) String format, Actor actor, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            GridVersion version = management.importVersion(content(file), format, label, effectiveFrom,
                    actor.username());
            redirect.addFlashAttribute("notice", messages.getMessage("grid.page.import.done",
                    new Object[] {version.id(), version.label(), version.gridCount()}, locale));
        } catch (GridImportRefused refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), locale));
            redirect.addFlashAttribute("badFeatures", refusal.badFeatures().stream()
                    .map(bad -> badFeatures.message(bad, locale)).toList());
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), locale));
        }
        return "redirect:/admin/grids";
    }

    private static String content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
