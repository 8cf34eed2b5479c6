package org.gridloop.identity.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridloop.DomainException;
import org.gridloop.PageRefusals;
import org.gridloop.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where everyone changes their own password, and where a user with a temporary
 * password is sent until they do. The session that changed it stays signed in; every other
 * session and token of the account ends.
 */
@Controller
@RequestMapping(AccountStandingFilter.PASSWORD_PAGE)
class PasswordPageController {

    private final AccountManagement accounts;
    private final CachedAccounts cache;
    private final PageRefusals refusals;
    private final MessageSource messages;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    PasswordPageController(AccountManagement accounts, CachedAccounts cache, PageRefusals refusals,
            MessageSource messages) {
        this.accounts = accounts;
        this.cache = cache;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping
    String page(Actor actor, Model model) {
        model.addAttribute("temporary", accounts.find(actor.username())
                .map(AccountManagement.AccountView::passwordChangeRequired).orElse(false));
        return "identity/password";
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
            Actor actor, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (!newPassword.equals(repeatPassword)) {
            model.addAttribute("error", messages.getMessage("identity.page.password.mismatch", null,
                    LocaleContextHolder.getLocale()));
            return page(actor, model);
        }
        Instant since;
        try {
            since = accounts.changeOwnPassword(actor.username(), currentPassword, newPassword);
        } catch (DomainException refusal) {
            model.addAttribute("error", refusals.describe(refusal, "identity.page.field.", LocaleContextHolder.getLocale()));
            return page(actor, model);
        }
        SignedInUser user = cache.standing(actor.username(), since).orElseThrow();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
        redirect.addFlashAttribute("notice", messages.getMessage("identity.page.password.changed", null,
                LocaleContextHolder.getLocale()));
        return "redirect:" + AccountStandingFilter.PASSWORD_PAGE;
    }
}
