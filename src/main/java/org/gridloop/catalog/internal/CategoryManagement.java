package org.gridloop.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes of the category dictionary: the scheme in force on the platform,
 * local classes (a district's own incident types or asset classes) and deactivated classes.
 * A deactivated class takes no new report; the cases filed under it keep it, and it can be
 * activated again. Nothing is deleted: a class may be named by cases, rules and limits.
 */
@Service
public class CategoryManagement {

    /**
     * The first digit of the minor code of every local class: the national schemes number their
     * classes from 1 upward, so a local class stays clear of the classes a revision may add.
     */
    public static final char LOCAL_MINOR_DIGIT = '9';

    /** A scheme of the dictionary, with whether it is in force and how many classes it has. */
    public record SchemeEntry(String id, int majorDigits, int minorDigits, boolean active, int classes) {
    }

    /**
     * A local class to add to the scheme in force.
     *
     * @param kind           {@code asset} or {@code incident}
     * @param code           the full code: the major code followed by a minor code starting with 9
     * @param majorCode      the major (大类) code, an existing one or a new one
     * @param majorName      the major name; required for a new major, else it must match
     * @param name           the class (小类) name
     * @param departmentType the usual kind of responsible department, optional
     */
    public record LocalClass(String kind, String code, String majorCode, String majorName, String name,
            String departmentType) {
    }

    private static final int NAME_LENGTH = 100;
    private static final int DEPARTMENT_TYPE_LENGTH = 200;

    private final JdbcClient jdbc;
    private final CachedCategories categories;
    private final ApplicationEventPublisher events;

    CategoryManagement(JdbcClient jdbc, CachedCategories categories, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.events = events;
    }

    /** Every declared scheme, the one in force marked. */
    public List<SchemeEntry> schemes() {
        String active = categories.activeScheme();
        return jdbc.sql("""
                SELECT s.id, s.major_digits, s.minor_digits, count(c.code) AS classes
                FROM catalog_scheme s LEFT JOIN catalog_class c ON c.scheme_id = s.id
                GROUP BY s.id, s.major_digits, s.minor_digits ORDER BY s.id""")
                .query((rs, n) -> new SchemeEntry(rs.getString("id"), rs.getInt("major_digits"),
                        rs.getInt("minor_digits"), rs.getString("id").equals(active), rs.getInt("classes")))
                .list();
    }

    /** The scheme a setting puts in force at every start, which the page and the API cannot change. */
    public Optional<String> pinnedScheme() {
        return categories.pinnedScheme();
    }

    /** Puts a declared scheme in force on the platform; routing rules and limits are per scheme. */
    @Transactional
    public void chooseScheme(String scheme) {
        if (scheme == null || scheme.isBlank()) {
            throw DomainException.invalidField("scheme", "field.required", "required");
        }
        String id = scheme.strip();
        if (schemes().stream().noneMatch(entry -> entry.id().equals(id))) {
            throw DomainException.invalidField("scheme", "catalog.scheme.unknown", "Unknown category scheme: " + id);
        }
        String before = categories.activeScheme();
        Optional<String> pinned = categories.pinnedScheme();
        if (pinned.isPresent() && !pinned.get().equals(id)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "catalog.scheme.pinned",
                    "The setting gridloop.catalog.active-scheme puts " + pinned.get() + " in force at every start",
                    pinned.get());
        }
        if (before.equals(id)) {
            return;
        }
        categories.activate(id);
        events.publishEvent(AuditedChange.of("category-scheme", id, "activate", Map.of("scheme", before),
                Map.of("scheme", id)));
    }

    /** Adds a local class to the scheme in force, after checking its code against the scheme. */
    @Transactional
    public Category addLocalClass(LocalClass local) {
        CodingScheme scheme = codingScheme(categories.activeScheme());
        List<FieldProblem> problems = new ArrayList<>();
        CategoryKind kind = kind(local.kind(), problems);
        String majorCode = strip(local.majorCode());
        String code = strip(local.code());
        String name = strip(local.name());
        String departmentType = strip(local.departmentType());
        checkDigits("majorCode", majorCode, scheme.majorDigits(), problems);
        if (checkDigits("code", code, scheme.codeDigits(), problems) && majorCode != null
                && majorCode.length() == scheme.majorDigits()) {
            if (!code.startsWith(majorCode)) {
                problems.add(new FieldProblem("code", "catalog.local.code-major", "must start with the major code"));
            } else if (code.charAt(scheme.majorDigits()) != LOCAL_MINOR_DIGIT) {
                problems.add(new FieldProblem("code", "catalog.local.code-range",
                        "the minor code of a local class starts with " + LOCAL_MINOR_DIGIT));
            }
        }
        checkText("name", name, NAME_LENGTH, true, problems);
        checkText("departmentType", departmentType, DEPARTMENT_TYPE_LENGTH, false, problems);
        String majorName = majorName(kind, majorCode, strip(local.majorName()), problems);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "catalog.local.invalid",
                    "The local class is not valid", problems);
        }
        if (categories.active().stream().anyMatch(existing -> existing.code().equals(code))) {
            throw codeTaken(code);
        }
        try {
            jdbc.sql("""
                    INSERT INTO catalog_class (scheme_id, kind, code, major_code, major_name, name,
                        handling_time_limit_examples, department_type, department_basis, source_ref, confidence,
                        notes, local)
                    VALUES (:scheme, :kind, :code, :major, :majorName, :name, '', :departmentType, 'local', 'local',
                        'local', '', TRUE)""")
                    .param("scheme", scheme.id()).param("kind", kind.name()).param("code", code)
                    .param("major", majorCode).param("majorName", majorName).param("name", name)
                    .param("departmentType", departmentType == null ? "" : departmentType).update();
        } catch (DuplicateKeyException taken) {
            throw codeTaken(code);
        }
        categories.changed();
        Category added = new Category(scheme.id(), kind, code, majorCode, majorName, name,
                departmentType == null ? "" : departmentType, true, false);
        events.publishEvent(AuditedChange.of("category", kind.name() + "/" + code, "create", null, added));
        return added;
    }

    /** Closes a class of the scheme in force to new reports; cases filed under it keep it. */
    @Transactional
    public Category deactivate(String kind, String code) {
        return setDeactivated(kind, code, true);
    }

    /** Opens a deactivated class to new reports again. */
    @Transactional
    public Category activate(String kind, String code) {
        return setDeactivated(kind, code, false);
    }

    private Category setDeactivated(String kindName, String code, boolean deactivated) {
        List<FieldProblem> problems = new ArrayList<>();
        CategoryKind kind = kind(kindName, problems);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "catalog.kind.unknown", "Unknown kind", problems);
        }
        Category before = categories.find(kind, strip(code)).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "catalog.class.unknown", "No such class in the scheme in force",
                code));
        if (before.deactivated() == deactivated) {
            return before;
        }
        jdbc.sql("""
                UPDATE catalog_class SET deactivated_at = CASE WHEN :deactivated THEN now() END
                WHERE scheme_id = :scheme AND kind = :kind AND code = :code""")
                .param("deactivated", deactivated).param("scheme", before.scheme()).param("kind", kind.name())
                .param("code", before.code()).update();
        categories.changed();
        Category after = new Category(before.scheme(), kind, before.code(), before.majorCode(), before.majorName(),
                before.name(), before.departmentType(), before.local(), deactivated);
        events.publishEvent(AuditedChange.of("category", kind.name() + "/" + before.code(),
                deactivated ? "deactivate" : "activate", before, after));
        return after;
    }

    private String majorName(CategoryKind kind, String majorCode, String given, List<FieldProblem> problems) {
        Optional<String> existing = categories.active().stream()
                .filter(category -> category.kind() == kind && category.majorCode().equals(majorCode))
                .map(Category::majorName).findFirst();
        if (existing.isPresent()) {
            if (given != null && !given.equals(existing.get())) {
                problems.add(new FieldProblem("majorName", "catalog.local.major-name-mismatch",
                        "the major " + majorCode + " is named " + existing.get()));
            }
            return existing.get();
        }
        checkText("majorName", given, NAME_LENGTH, true, problems);
        return given;
    }

    private CodingScheme codingScheme(String id) {
        return jdbc.sql("SELECT id, source_label, major_digits, minor_digits FROM catalog_scheme WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new CodingScheme(rs.getString("id"), rs.getString("source_label"),
                        rs.getInt("major_digits"), rs.getInt("minor_digits")))
                .single();
    }

    private static CategoryKind kind(String value, List<FieldProblem> problems) {
        String kind = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "asset" -> CategoryKind.ASSET;
            case "incident" -> CategoryKind.INCIDENT;
            default -> {
                problems.add(new FieldProblem("kind", "catalog.kind.unknown", "must be asset or incident"));
                yield null;
            }
        };
    }

    private static boolean checkDigits(String field, String value, int digits, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "field.required", "required"));
            return false;
        }
        if (value.length() != digits || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(new FieldProblem(field, "catalog.local.digits", "must be " + digits + " digits"));
            return false;
        }
        return true;
    }

    private static void checkText(String field, String value, int length, boolean required,
            List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "field.required", "required"));
            }
        } else if (value.length() > length) {
            problems.add(new FieldProblem(field, "catalog.local.too-long", "at most " + length + " characters"));
        }
    }

    private static DomainException codeTaken(String code) {
        return new DomainException(DomainException.Kind.CONFLICT, "catalog.local.code-taken",
                "The code " + code + " is already used in the scheme in force",
                List.of(new FieldProblem("code", "catalog.local.code-taken", "already used")), code);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
