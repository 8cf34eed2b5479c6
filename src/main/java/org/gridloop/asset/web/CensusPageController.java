package org.gridloop.asset.web;

import org.gridloop.Choices;
import org.gridloop.DomainException;
import org.gridloop.asset.internal.CensusManagement;
import org.gridloop.asset.internal.CensusPhotos;
import org.gridloop.asset.internal.CensusProposal;
import org.gridloop.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's review queue of the census: approve, or reject with a reason. */
@Controller
@RequestMapping("/census")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CensusPageController {

    private final CensusManagement census;
    private final CensusPhotos photos;
    private final MessageSource messages;

    CensusPageController(CensusManagement census, CensusPhotos photos, MessageSource messages) {
        this.census = census;
        this.photos = photos;
        this.messages = messages;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "PENDING") String state, Model model) {
        CensusProposal.State shown = Choices.parse(CensusProposal.State.class, state).orElse(CensusProposal.State.PENDING);
        model.addAttribute("proposals", census.list(shown));
        model.addAttribute("state", shown);
        model.addAttribute("states", CensusProposal.State.values());
        return "asset/census";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "asset.census.approved", id, () -> census.approve(id, actor.username()));
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, "asset.census.rejected", id, () -> census.reject(id, reason, actor.username()));
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        return photos.find(id).map(photo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .body(photo.bytes())).orElse(ResponseEntity.notFound().build());
    }

    private String act(RedirectAttributes redirect, String doneCode, long id, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(doneCode, new Object[] {id},
                    LocaleContextHolder.getLocale()));
        } catch (DomainException refusal) {
            String fields = String.join("; ", refusal.fieldProblems().stream().map(field -> messages.getMessage(
                    field.messageCode(), null, field.defaultMessage(), LocaleContextHolder.getLocale())).toList());
            redirect.addFlashAttribute("error", fields.isEmpty() ? messages.getMessage(refusal.messageCode(),
                    refusal.arguments(), refusal.getMessage(), LocaleContextHolder.getLocale()) : fields);
        }
        return "redirect:/census";
    }
}
