package org.gridloop.asset.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gridloop.Choices;
import org.gridloop.DomainException;
import org.gridloop.asset.AssetStatus;
import org.gridloop.asset.internal.AssetClasses;
import org.gridloop.asset.internal.AssetExport;
import org.gridloop.asset.internal.AssetFiles;
import org.gridloop.asset.internal.AssetRecords;
import org.gridloop.asset.internal.AssetRefused;
import org.gridloop.asset.internal.AssetRegister;
import org.gridloop.identity.Actor;
import org.gridloop.organization.Departments;
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
 * The administrator's page of the asset register: search by grid, class and status, import a
 * GeoJSON or CSV file (every problem listed when refused), export links.
 */
@Controller
@RequestMapping("/admin/assets")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AssetPageController {

    private static final int PAGE_SIZE = 50;

    private final AssetRecords records;
    private final AssetRegister register;
    private final AssetExport export;
    private final AssetClasses classes;
    private final AssetRefusals refusals;
    private final MessageSource messages;
    private final Departments departments;

    AssetPageController(AssetRecords records, AssetRegister register, AssetExport export, AssetClasses classes,
            AssetRefusals refusals, MessageSource messages, Departments departments) {
        this.records = records;
        this.register = register;
        this.export = export;
        this.classes = classes;
        this.refusals = refusals;
        this.messages = messages;
        this.departments = departments;
    }

    @GetMapping
    String page(@RequestParam(required = false) String grid, @RequestParam(name = "class", required = false) String classCode,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        AssetStatus shownStatus = status == null || status.isBlank() ? null
                : Choices.parse(AssetStatus.class, status).orElse(null);
        AssetRecords.Page found = records.search(new AssetRecords.Filter(grid, classCode, shownStatus),
                Math.max(0, page), PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("departmentNames", departments.names(LocaleContextHolder.getLocale()));
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("grid", grid == null ? "" : grid);
        model.addAttribute("classCode", classCode == null ? "" : classCode);
        model.addAttribute("status", shownStatus);
        model.addAttribute("statuses", AssetStatus.values());
        model.addAttribute("classes", classes.all());
        return "asset/assets";
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam String format, Actor actor,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException(DomainException.Kind.INVALID, "asset.file.empty", "The file holds no asset");
            }
            AssetRegister.Imported imported = register.importFile(AssetFiles.Format.parse(format),
                    new String(file.getBytes(), StandardCharsets.UTF_8), actor.username());
            redirect.addFlashAttribute("notice", messages.getMessage("asset.page.imported",
                    new Object[] {imported.count()}, LocaleContextHolder.getLocale()));
        } catch (AssetRefused refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), LocaleContextHolder.getLocale()));
            List<String> lines = refusals.lines(refusal);
            redirect.addFlashAttribute("problems", lines);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", messages.getMessage(refusal.messageCode(), refusal.arguments(),
                    refusal.getMessage(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/assets";
    }

    @GetMapping("/export")
    void exportFile(@RequestParam(defaultValue = "geojson") String format,
            @RequestParam(required = false) String grid, HttpServletResponse response) throws IOException {
        AssetController.download(export, AssetFiles.Format.parse(format), grid, response);
    }
}
