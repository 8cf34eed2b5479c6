package org.gridloop.grid.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.grid.internal.Area;
import org.gridloop.grid.internal.AreaLevel;
import org.gridloop.grid.internal.AreaManagement;
import org.gridloop.grid.internal.AreaManagement.AreaImport;
import org.gridloop.grid.internal.GridImportRefused;
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
 * The administrator's page of the administrative areas: the tree of the current revision with a
 * map of the boundaries, the import of a file (a refused one lists every bad feature) and the
 * revisions.
 */
@Controller
@RequestMapping("/admin/areas")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AreaPageController {

    private final AreaManagement management;
    private final BadFeatureMessages badFeatures;
    private final MessageSource messages;

    AreaPageController(AreaManagement management, BadFeatureMessages badFeatures, MessageSource messages) {
        this.management = management;
        this.badFeatures = badFeatures;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        List<Area> areas = management.areas(null);
        Map<String, List<Area>> children = areas.stream().filter(area -> area.parentCode() != null)
                .collect(Collectors.groupingBy(Area::parentCode));
        model.addAttribute("district", areas.stream().filter(area -> area.level() == AreaLevel.DISTRICT)
                .findFirst().orElse(null));
        model.addAttribute("children", children);
        model.addAttribute("revisions", management.revisions());
        return "grid/areas";
    }

    @PostMapping("/import")
    String importAreas(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String label, @RequestParam(required = false) String format,
            Actor actor, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            AreaImport result = management.importAreas(content(file), format, label, actor.username());
            redirect.addFlashAttribute("notice", messages.getMessage(
                    result.changed() ? "grid.area.page.import.done" : "grid.area.page.import.unchanged",
                    new Object[] {result.revision().id(), result.revision().label(),
                            result.revision().subdistrictCount(), result.revision().communityCount()}, locale));
        } catch (GridImportRefused refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), locale));
            redirect.addFlashAttribute("badFeatures", refusal.badFeatures().stream()
                    .map(bad -> badFeatures.message(bad, locale)).toList());
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), locale));
        }
        return "redirect:/admin/areas";
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
