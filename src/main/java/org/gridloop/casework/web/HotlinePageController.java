package org.gridloop.casework.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseManagement.Submitted;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridDirectory;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 热线登记: the intake operator enters a 12319 caller's report. It becomes a hotline case that
 * must be verified on site before it is accepted.
 */
@Controller
class HotlinePageController {

    /** The classes of one kind and major class, an option group of the category list. */
    record CategoryGroup(CategoryKind kind, String majorName, List<Category> categories) {
    }

    private final CaseManagement cases;
    private final Categories categories;
    private final GridDirectory grids;
    private final MessageSource messages;
    private final JsonMapper json;

    HotlinePageController(CaseManagement cases, Categories categories, GridDirectory grids, MessageSource messages,
            JsonMapper json) {
        this.cases = cases;
        this.categories = categories;
        this.grids = grids;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/hotline")
    String form(Actor actor, Model model) {
        QueuePageController.requirePost(actor, Post.INTAKE_OPERATOR);
        return show(HotlineForm.blank(), null, model);
    }

    @PostMapping("/hotline")
    String submit(HotlineForm form, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        QueuePageController.requirePost(actor, Post.INTAKE_OPERATOR);
        List<FieldProblem> typed = new ArrayList<>();
        try {
            Submitted submitted = cases.submit(form.toSubmission(typed), actor);
            if (!submitted.file().isVisibleTo(actor)) {
                redirect.addFlashAttribute("reportedElsewhere", submitted.number().value());
                return "redirect:/hotline";
            }
            redirect.addFlashAttribute("reported", submitted.number().value());
            return "redirect:/cases/" + submitted.number().value();
        } catch (DomainException refused) {
            response.setStatus(refused.kind().status());
            return show(form, Refusal.of(withTypingErrors(refused, typed), messages), model);
        }
    }

    private String show(HotlineForm form, Refusal refusal, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("categoryGroups", categoryGroups());
        model.addAttribute("outlines", subdistrictOutlines());
        return "casework/hotline";
    }

    /** A coordinate that was not a number is named as such rather than as missing. */
    private static DomainException withTypingErrors(DomainException refused, List<FieldProblem> typed) {
        if (typed.isEmpty()) {
            return refused;
        }
        List<FieldProblem> problems = new ArrayList<>(typed);
        refused.fieldProblems().stream()
                .filter(problem -> typed.stream().noneMatch(t -> t.field().equals(problem.field())))
                .forEach(problems::add);
        return new DomainException(DomainException.Kind.INVALID, refused.messageCode(), refused.getMessage(),
                problems, refused.arguments());
    }

    private List<CategoryGroup> categoryGroups() {
        return groups(categories.reportable());
    }

    /** The classes as option groups by kind and major class, in the order given. */
    static List<CategoryGroup> groups(List<Category> classes) {
        Map<String, CategoryGroup> groups = new LinkedHashMap<>();
        for (Category category : classes) {
            groups.computeIfAbsent(category.kind() + "/" + category.majorCode(),
                    key -> new CategoryGroup(category.kind(), category.majorName(), new ArrayList<>()))
                    .categories().add(category);
        }
        return List.copyOf(groups.values());
    }

    /** The subdistricts as a GeoJSON FeatureCollection, drawn on the map for orientation. */
    private String subdistrictOutlines() {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        grids.subdistricts().forEach(subdistrict -> grids.subdistrictOutlineGeoJson(subdistrict.code())
                .ifPresent(outline -> {
                    ObjectNode feature = features.addObject().put("type", "Feature");
                    feature.putObject("properties").put("name", subdistrict.name());
                    feature.set("geometry", json.readTree(outline));
                }));
        return json.writeValueAsString(collection);
    }
}
