package org.gridloop.timing.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.gridloop.DomainException;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.identity.Actor;
import org.gridloop.timing.LimitUnit;
import org.gridloop.casework.CaseStage;
import org.gridloop.casework.Urgency;
import org.gridloop.timing.TimeLimits;
import org.gridloop.timing.internal.StageLimit;
import org.gridloop.timing.internal.TimeLimitManagement;
import org.gridloop.timing.internal.TimeLimitManagement.HandlingLimitChange;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's page of the time-limit standards: every version of the stage limits with
 * the one in force marked, the handling limits of a kind (optionally of one code), and a form
 * for each.
 */
@Controller
@RequestMapping("/admin/time-limits")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class TimeLimitPageController {

    private final TimeLimitManagement limits;
    private final MessageSource messages;
    private final Clock clock;

    TimeLimitPageController(TimeLimitManagement limits, MessageSource messages, Clock clock) {
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "ASSET") String kind, @RequestParam(required = false) String code,
            Model model) {
        CategoryKind shownKind = TimeLimitManagement.parse(CategoryKind.class, "kind", kind);
        List<StageLimit> stageLimits = limits.stageLimits();
        model.addAttribute("stageLimits", stageLimits);
        model.addAttribute("inForce", inForce(stageLimits, clock.instant()));
        model.addAttribute("handlingLimits", limits.handlingLimits(shownKind, code));
        model.addAttribute("kind", shownKind);
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("stages", TimeLimits.STAGES);
        model.addAttribute("units", LimitUnit.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("kinds", CategoryKind.values());
        return "timing/time-limits";
    }

    @PostMapping("/stages")
    String setStageLimit(@RequestParam String stage, @RequestParam(required = false) Integer amount,
            @RequestParam String unit, @RequestParam(required = false) String effectiveFrom,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/admin/time-limits",
                () -> limits.setStageLimit(stage, amount, unit, effectiveFrom));
    }

    @PostMapping("/handling")
    String setHandlingLimit(@RequestParam String kind, @RequestParam String categoryCode,
            @RequestParam(required = false) String condition, @RequestParam String urgency,
            @RequestParam(required = false) Integer amount, @RequestParam String unit,
            @RequestParam(required = false) String effectiveFrom, Actor actor, RedirectAttributes redirect) {
        HandlingLimitChange change = new HandlingLimitChange(kind, categoryCode, condition, urgency, amount, unit,
                effectiveFrom);
        String target = UriComponentsBuilder.fromPath("/admin/time-limits").queryParam("kind", kind.strip())
                .queryParam("code", categoryCode.strip()).encode().build().toUriString();
        return act(redirect, "redirect:" + target, () -> limits.setHandlingLimit(change, actor.username()));
    }

    /** The version of each stage's limit in force at the instant. */
    private static Map<CaseStage, StageLimit> inForce(List<StageLimit> versions, Instant at) {
        BinaryOperator<StageLimit> later = (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b;
        return versions.stream().filter(limit -> !limit.effectiveFrom().isAfter(at))
                .collect(Collectors.toMap(StageLimit::stage, limit -> limit, later));
    }

    private String act(RedirectAttributes redirect, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice",
                    messages.getMessage("timing.limits.saved", null, LocaleContextHolder.getLocale()));
        } catch (DomainException refusal) {
            String fields = refusal.fieldProblems().stream()
                    .map(field -> messages.getMessage(field.messageCode(), null, field.defaultMessage(),
                            LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining("; "));
            redirect.addFlashAttribute("error", fields.isEmpty() ? messages.getMessage(refusal.messageCode(),
                    refusal.arguments(), refusal.getMessage(), LocaleContextHolder.getLocale()) : fields);
        }
        return target;
    }
}
