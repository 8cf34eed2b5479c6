package org.gridloop.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.internal.AccountFields.Checked;
import org.gridloop.identity.internal.AccountManagement.AccountForm;
import org.gridloop.identity.internal.AccountManagement.AccountView;
import org.gridloop.identity.internal.AccountManagement.TemporaryPassword;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk import of accounts (批量导入) from an {@link AccountSheet}: every account of the file,
 * or none.
 */
@Service
public class AccountImport {

    private final JdbcAccounts accounts;
    private final AccountFields fields;
    private final TemporaryPasswords temporaryPasswords;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountImport(JdbcAccounts accounts, AccountFields fields, TemporaryPasswords temporaryPasswords,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.fields = fields;
        this.temporaryPasswords = temporaryPasswords;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates every account of a file, or none. Every bad row is listed, its fields named
     * {@code rows[<row>].<field>} with the row as the spreadsheet numbers it (the header is row 1);
     * a username used twice in the file or already taken is one of them. A row without a password
     * gets a temporary one, to be changed at the first sign-in.
     *
     * @return each account created with its temporary password, or {@code null} when the file gave one
     */
    @Transactional
    public List<TemporaryPassword> importAll(AccountSheet sheet) {
        List<FieldProblem> problems = new ArrayList<>(sheet.problems());
        List<Checked> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AccountSheet.Row row : sheet.rows()) {
            AccountForm form = row.form();
            List<FieldProblem> found = new ArrayList<>();
            String username = AccountFields.blankToNull(form.username());
            if (username != null && (!seen.add(username) || accounts.findStored(username).isPresent())) {
                found.add(new FieldProblem("username", "identity.account.username-taken", "already used"));
            }
            Checked checked = fields.newAccount(form, AccountFields.blankToNull(form.password()) != null, found);
            found.forEach(problem -> problems.add(new FieldProblem("rows[" + row.number() + "]." + problem.field(),
                    problem.messageCode(), problem.defaultMessage())));
            rows.add(checked);
        }
        if (sheet.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("rows", "identity.import.empty", "the file has no accounts"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "identity.import.refused",
                    "The file cannot be imported; nothing was written", problems);
        }
        List<TemporaryPassword> passwords = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String given = AccountFields.blankToNull(sheet.rows().get(i).form().password());
            String password = given == null ? temporaryPasswords.draw(rows.get(i).username()) : given;
            passwords.add(new TemporaryPassword(rows.get(i).username(), given == null ? password : null));
            hashes.add(password);
        }
        // Hashing is the cost of an import: spread over the cores.
        List<String> hashed = hashes.parallelStream().map(passwordEncoder::encode).toList();
        for (int i = 0; i < rows.size(); i++) {
            accounts.insert(rows.get(i), hashed.get(i), passwords.get(i).password() != null, clock.instant());
            events.publishEvent(AuditedChange.of("account", rows.get(i).username(), "import", null,
                    AccountView.of(accounts.findStored(rows.get(i).username()).orElseThrow())));
        }
        return passwords;
    }
}
