package org.gridloop.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.PageRefusals;
import org.gridloop.identity.AccountReferences;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.identity.internal.AccountImport;
import org.gridloop.identity.internal.AccountManagement;
import org.gridloop.identity.internal.AccountManagement.AccountForm;
import org.gridloop.identity.internal.AccountManagement.AccountView;
import org.gridloop.identity.internal.AccountManagement.TemporaryPassword;
import org.gridloop.identity.internal.AccountSheetReader;
import org.gridloop.identity.internal.SignInThrottle;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The administrator's page of the user accounts (用户管理): the table filtered by post and
 * department, the form adding an account, each account's edit, disabling, enabling and the
 * reset of its password, whose temporary password is shown once.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountPageController {

    private static final String PAGE = "redirect:/admin/accounts";
    private static final String LABELS = "identity.page.field.";
    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

    private final AccountManagement management;
    private final AccountReferences references;
    private final PageRefusals refusals;
    private final MessageSource messages;
    private final SignInThrottle throttle;
    private final AccountSheetReader sheets;
    private final AccountImport imports;

    AccountPageController(AccountManagement management, AccountReferences references, PageRefusals refusals,
            MessageSource messages, SignInThrottle throttle, AccountSheetReader sheets, AccountImport imports) {
        this.management = management;
        this.sheets = sheets;
        this.imports = imports;
        this.throttle = throttle;
        this.references = references;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Post post, @RequestParam(required = false) String department,
            Model model) {
        List<AccountView> accounts = management.list(post, department);
        model.addAttribute("accounts", accounts);
        model.addAttribute("post", post);
        model.addAttribute("department", department);
        model.addAttribute("posts", Post.values());
        model.addAttribute("departments", references.departmentNames(locale()));
        model.addAttribute("subdistricts", references.subdistrictNames());
        model.addAttribute("blocks", throttle.blocks());
        return "identity/accounts";
    }

    @GetMapping("/{username}")
    String account(@PathVariable String username, Model model) {
        model.addAttribute("a", management.find(username).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "identity.account.unknown", "No such account", username)));
        model.addAttribute("posts", Post.values());
        model.addAttribute("departments", references.departmentNames(locale()));
        model.addAttribute("subdistricts", references.subdistrictNames());
        return "identity/account";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") List<String> posts, @RequestParam(defaultValue = "") String departmentCode,
            @RequestParam(defaultValue = "") List<String> subdistrictCodes, RedirectAttributes redirect) {
        return act(redirect, () -> {
            AccountView created = management.create(new AccountForm(username, displayName, phone, password, posts,
                    departmentCode, subdistrictCodes, null));
            return message("identity.page.account.created", created.username(), created.displayName());
        });
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") List<String> posts,
            @RequestParam(defaultValue = "") String departmentCode,
            @RequestParam(defaultValue = "") List<String> subdistrictCodes,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            management.update(username, new AccountForm(username, displayName, phone, null, posts, departmentCode,
                    subdistrictCodes, version));
            redirect.addFlashAttribute("notice", message("identity.page.account.updated", username));
            return PAGE;
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusals.describe(refusal, LABELS, locale()));
            return PAGE + "/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
        }
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, @RequestParam(required = false) Integer version, Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            management.disable(username, version, actor.username());
            return message("identity.page.account.disabled", username);
        });
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            management.enable(username, version);
            return message("identity.page.account.enabled", username);
        });
    }

    @PostMapping("/{username}/password-reset")
    String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
        return act(redirect, () -> {
            TemporaryPassword reset = management.resetPassword(username);
            redirect.addFlashAttribute("temporaryPassword", reset.password());
            return message("identity.page.account.reset", reset.username());
        });
    }

    /** Imports the accounts of an uploaded file, all or none; lists every bad row when refused. */
    @PostMapping("/import")
    String importAccounts(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalidField("file", "field.required", "required");
            }
            List<TemporaryPassword> created = imports.importAll(sheets.read(file.getBytes()));
            redirect.addFlashAttribute("notice", message("identity.page.import.done", created.size()));
            redirect.addFlashAttribute("imported", created.stream().filter(account -> account.password() != null)
                    .toList());
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", message(refusal.messageCode(), refusal.arguments()));
            redirect.addFlashAttribute("importProblems", refusal.fieldProblems().stream().map(this::rowProblem)
                    .toList());
        }
        return PAGE;
    }

    /** A problem of an imported file in words: its row and field, its column, or the file. */
    private String rowProblem(FieldProblem problem) {
        Locale locale = locale();
        String what = messages.getMessage(problem.messageCode(), null, problem.defaultMessage(), locale);
        Matcher row = ROW_FIELD.matcher(problem.field());
        if (row.matches()) {
            String label = messages.getMessage(LABELS + row.group(2), null, row.group(2), locale);
            return message("identity.page.import.row", row.group(1), label, what);
        }
        if (problem.field().startsWith("columns.")) {
            return message("identity.page.import.column", problem.field().substring("columns.".length()), what);
        }
        return messages.getMessage(LABELS + problem.field(), null, problem.field(), locale) + ": " + what;
    }

    /** Lifts a sign-in block listed on the page; one lifted meanwhile is no error. */
    @PostMapping("/sign-in-blocks/lift")
    String liftBlock(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String subject,
            Actor actor, RedirectAttributes redirect) {
        SignInThrottle.Kind.of(kind).ifPresent(counted -> throttle.lift(counted, subject, actor.username()));
        redirect.addFlashAttribute("notice", message("identity.page.blocks.lifted", subject));
        return PAGE;
    }

    private String act(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusals.describe(refusal, LABELS, locale()));
        }
        return PAGE;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
