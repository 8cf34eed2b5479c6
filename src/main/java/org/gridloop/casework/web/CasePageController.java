package org.gridloop.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gridloop.DomainException;
import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseNumber;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page ({@code /cases/{number}}): the facts, the map, the photos, the timeline and a
 * form for each action the user may take now. A form posts to {@code /cases/{number}/{action}};
 * success redirects back with a message, a refusal shows the page again with the refusal's
 * message and the fields at fault, the typed values kept.
 */
@Controller
class CasePageController {

    private final CaseManagement cases;
    private final CaseSheets sheets;
    private final MessageSource messages;

    CasePageController(CaseManagement cases, CaseSheets sheets, MessageSource messages) {
        this.cases = cases;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/cases/{number}")
    String show(@PathVariable String number, Actor actor, Model model) {
        CaseFile file = cases.find(caseNumber(number), actor);
        model.addAttribute("sheet", sheets.of(file, actor));
        model.addAttribute("form", PageActionForm.empty());
        model.addAttribute("blankForm", PageActionForm.empty());
        return "casework/case";
    }

    @PostMapping("/cases/{number}/{action}")
    String act(@PathVariable String number, @PathVariable String action, PageActionForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CaseNumber caseNumber = caseNumber(number);
        CaseAction caseAction = CaseAction.fromApiName(action).filter(candidate -> !candidate.createsCase())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "case.action.unknown",
                        "Unknown action " + action));
        try {
            cases.act(caseNumber, caseAction, form.toRequest(), uploads(photos), actor);
        } catch (DomainException refused) {
            CaseFile file = cases.find(caseNumber, actor);
            response.setStatus(refused.kind().status());
            model.addAttribute("sheet", sheets.of(file, actor));
            model.addAttribute("form", form);
            model.addAttribute("blankForm", PageActionForm.empty());
            model.addAttribute("failedAction", action);
            model.addAttribute("refusal", Refusal.of(refused, messages));
            return "casework/case";
        }
        redirect.addFlashAttribute("done", action);
        if (stillAtWork(caseNumber, actor)) {
            return "redirect:/cases/" + caseNumber.value();
        }
        redirect.addFlashAttribute("doneCase", caseNumber.value());
        return "redirect:" + Queue.firstFor(actor).map(queue -> "/queues/" + queue.path()).orElse("/cases");
    }

    /**
     * Whether the case is still the user's work after the step: the user sees it and, for an
     * inspector, a task of theirs is still open on it (an inspector's task ends with the step, and
     * the task list is where the next one waits).
     */
    private boolean stillAtWork(CaseNumber number, Actor actor) {
        try {
            CaseFile file = cases.find(number, actor);
            boolean onlyInspector = actor.posts().stream().allMatch(post -> post == Post.INSPECTOR);
            return !onlyInspector || actor.username().equals(file.assignedInspector());
        } catch (DomainException outOfScope) {
            return false;
        }
    }

    static CaseNumber caseNumber(String number) {
        if (!CaseNumber.isValid(number)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "case.notFound", "No case " + number, number);
        }
        return new CaseNumber(number);
    }

    /** The files chosen in the form; a file input left empty sends an empty part, which is no photo. */
    private static List<byte[]> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(file -> !file.isEmpty()).map(file -> {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
