package org.gridloop.identity.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.AccountReferences;
import org.gridloop.identity.Post;
import org.gridloop.identity.internal.AccountManagement.AccountForm;
import org.springframework.stereotype.Component;

/**
 * The checks of the fields of an account as an administrator enters it, one by one or from a
 * file: every problem is added to a list, so that all of them are named at once.
 */
@Component
class AccountFields {

    /** The fields of an account once checked. */
    record Checked(String username, String displayName, String phone, Set<Post> posts, String departmentCode,
            List<String> subdistrictCodes) {
    }

    /** A username: 2 to 64 lowercase letters, digits, dots, underscores and hyphens. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final int NAME_LENGTH = 100;

    private final AccountReferences references;
    private final PasswordPolicy policy = PasswordPolicy.bundled();

    AccountFields(AccountReferences references) {
        this.references = references;
    }

    /**
     * The checks of a new account: the username's format, the password policy (when the password
     * is given, not drawn) and the other fields.
     */
    Checked newAccount(AccountForm form, boolean passwordGiven, List<FieldProblem> problems) {
        String username = blankToNull(form.username());
        if (username == null) {
            problems.add(new FieldProblem("username", "field.required", "required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "identity.account.username.format",
                    "2 to 64 lowercase letters, digits, dots, underscores and hyphens"));
        }
        if (passwordGiven) {
            problems.addAll(policy.check("password", username, form.password()));
        }
        return check(form, username, problems);
    }

    /** The fields of a form checked, each problem added to the list. */
    Checked check(AccountForm form, String username, List<FieldProblem> problems) {
        String displayName = blankToNull(form.displayName());
        if (displayName == null) {
            problems.add(new FieldProblem("displayName", "field.required", "required"));
        } else if (displayName.length() > NAME_LENGTH || displayName.indexOf('\0') >= 0) {
            problems.add(new FieldProblem("displayName", "identity.account.text", "at most 100 characters"));
        }
        String phone = blankToNull(form.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "identity.account.phone", "5 to 20 digits"));
        }
        Set<Post> posts = EnumSet.noneOf(Post.class);
        if (form.posts() == null || form.posts().isEmpty()) {
            problems.add(new FieldProblem("posts", "field.required", "required"));
        } else {
            for (String name : form.posts()) {
                Optional<Post> post = postNamed(name);
                if (post.isEmpty()) {
                    problems.add(new FieldProblem("posts", "identity.account.post.unknown", "no such post: " + name));
                } else {
                    posts.add(post.get());
                }
            }
        }
        String department = blankToNull(form.departmentCode());
        if (posts.contains(Post.DEPARTMENT_HANDLER)) {
            if (department == null) {
                problems.add(new FieldProblem("departmentCode", "identity.account.department.required",
                        "a department handler names the department"));
            } else if (!references.isDepartment(department)) {
                problems.add(new FieldProblem("departmentCode", "identity.account.department.unknown",
                        "no such department"));
            }
        } else if (department != null) {
            problems.add(new FieldProblem("departmentCode", "identity.account.department.handler-only",
                    "only a department handler names a department"));
        }
        Set<String> subdistricts = new LinkedHashSet<>();
        for (String code : form.subdistrictCodes() == null ? List.<String>of() : form.subdistrictCodes()) {
            String subdistrict = blankToNull(code);
            if (subdistrict == null) {
                continue;
            }
            if (!references.isSubdistrict(subdistrict)) {
                problems.add(new FieldProblem("subdistrictCodes", "identity.account.subdistrict.unknown",
                        "no such subdistrict: " + subdistrict));
            }
            subdistricts.add(subdistrict);
        }
        return new Checked(username, displayName, phone, posts, department, List.copyOf(subdistricts));
    }

    private static Optional<Post> postNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Post post : Post.values()) {
            if (post.name().equals(normalized)) {
                return Optional.of(post);
            }
        }
        return Optional.empty();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
