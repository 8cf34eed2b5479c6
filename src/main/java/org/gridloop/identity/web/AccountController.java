package org.gridloop.identity.web;

import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.identity.internal.AccountImport;
import org.gridloop.identity.internal.AccountManagement;
import org.gridloop.identity.internal.AccountManagement.AccountForm;
import org.gridloop.identity.internal.AccountManagement.AccountView;
import org.gridloop.identity.internal.AccountSheetReader;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user accounts (用户), for administrators: the list by post and department, creation,
 * edits, disabling and enabling, and the reset of a password to a temporary one.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountController {

    /** The version a disable or enable is based on; optional. */
    record VersionRequest(Integer version) {
    }

    /** The temporary password of a reset, to hand to the account's owner. */
    record ResetResponse(String username, String temporaryPassword) {
    }

    /** The accounts an import created, each with its temporary password when the file gave none. */
    record ImportResponse(int created, List<ResetResponse> accounts) {
    }

    private final AccountManagement management;
    private final AccountSheetReader sheets;
    private final AccountImport imports;

    AccountController(AccountManagement management, AccountSheetReader sheets, AccountImport imports) {
        this.management = management;
        this.sheets = sheets;
        this.imports = imports;
    }

    /** The accounts, optionally of one post ({@code post=DEPARTMENT_HANDLER}) and one department. */
    @GetMapping
    List<AccountView> list(@RequestParam(required = false) String post,
            @RequestParam(required = false) String department) {
        return management.list(postFilter(post), department);
    }

    @GetMapping("/{username}")
    AccountView one(@PathVariable String username) {
        return management.find(username).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "identity.account.unknown", "No such account", username));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@RequestBody AccountForm form) {
        return management.create(form);
    }

    /**
     * Creates the accounts of an .xlsx workbook or a CSV file sent as the body, all or none; a
     * refused file is a 422 listing every bad row as {@code rows[<row>].<field>}.
     */
    @PostMapping("/import")
    @ResponseStatus(HttpStatus.CREATED)
    ImportResponse importAccounts(@RequestBody(required = false) byte[] file) {
        if (file == null || file.length == 0) {
            throw DomainException.invalidField("file", "field.required", "required");
        }
        List<ResetResponse> created = imports.importAll(sheets.read(file)).stream()
                .map(account -> new ResetResponse(account.username(), account.password())).toList();
        return new ImportResponse(created.size(), created);
    }

    @PutMapping("/{username}")
    AccountView update(@PathVariable String username, @RequestBody AccountForm form) {
        return management.update(username, form);
    }

    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable String username, @RequestBody(required = false) VersionRequest request,
            Actor actor) {
        return management.disable(username, request == null ? null : request.version(), actor.username());
    }

    @PostMapping("/{username}/enable")
    AccountView enable(@PathVariable String username, @RequestBody(required = false) VersionRequest request) {
        return management.enable(username, request == null ? null : request.version());
    }

    @PostMapping("/{username}/password-reset")
    ResetResponse resetPassword(@PathVariable String username) {
        AccountManagement.TemporaryPassword reset = management.resetPassword(username);
        return new ResetResponse(reset.username(), reset.password());
    }

    private static Post postFilter(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Post.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalidField("post", "identity.account.post.unknown", "no such post");
        }
    }
}
