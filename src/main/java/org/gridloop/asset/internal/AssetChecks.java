package org.gridloop.asset.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridloop.Choices;
import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetStatus;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.springframework.stereotype.Component;

/**
 * Checks assets before they are written: identifier (16 or 17 digits) and class of the active
 * scheme agreeing with it, a name, a known status and department, ISO dates, and a position
 * inside a unit grid (whose code the asset takes). Every problem of every asset is collected.
 */
@Component
public class AssetChecks {

    /** The assets that passed and the problems of the others. */
    public record Outcome(List<Asset> assets, List<AssetProblem> problems) {

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private final AssetClasses classes;
    private final GridLookup grids;
    private final Departments departments;

    AssetChecks(AssetClasses classes, GridLookup grids, Departments departments) {
        this.classes = classes;
        this.grids = grids;
        this.departments = departments;
    }

    /**
     * Checks the drafts as one batch: identifiers must be given, and must be unique in the batch
     * and (when {@code registered} names them) not registered yet.
     */
    public Outcome check(List<AssetDraft> drafts, Set<String> registered) {
        Set<String> departmentCodes = departments.all().stream().map(Department::code).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        List<Asset> assets = new ArrayList<>(drafts.size());
        List<AssetProblem> problems = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            AssetDraft draft = drafts.get(index);
            Problems found = new Problems(index, draft.identifier());
            Optional<Asset> asset = check(draft, departmentCodes, found, true);
            String identifier = blank(draft.identifier()) ? null : draft.identifier().strip();
            if (identifier != null && AssetIdentifier.isValid(identifier)) {
                Integer first = seen.putIfAbsent(identifier, index);
                if (first != null) {
                    found.add("identifier", "asset.identifier.duplicate", "The identifier is already used by feature "
                            + first + " of the file", first);
                } else if (registered.contains(identifier)) {
                    found.add("identifier", "asset.identifier.registered", "The identifier is registered already");
                }
            }
            if (found.list.isEmpty()) {
                asset.ifPresent(assets::add);
            }
            problems.addAll(found.list);
        }
        return new Outcome(assets, problems);
    }

    /** Checks one asset; its identifier must be given. */
    public Outcome check(AssetDraft draft) {
        return check(List.of(draft), Set.of());
    }

    /**
     * Checks a new asset whose identifier is yet to be given: the asset passed back has none.
     */
    public Outcome checkNew(AssetDraft draft) {
        Set<String> departmentCodes = departments.all().stream().map(Department::code).collect(Collectors.toSet());
        Problems found = new Problems(0, null);
        Optional<Asset> asset = check(draft, departmentCodes, found, false);
        return new Outcome(asset.stream().toList(), found.list);
    }

    private Optional<Asset> check(AssetDraft draft, Set<String> departmentCodes, Problems found,
            boolean identifierRequired) {
        String identifierText = identifierRequired ? strip(draft.identifier()) : null;
        AssetIdentifier identifier = null;
        if (identifierText == null) {
            if (identifierRequired) {
                found.missing("identifier");
            }
        } else if (!AssetIdentifier.isValid(identifierText)) {
            found.add("identifier", "asset.identifier.malformed",
                    "The identifier must have 16 or 17 digits: a 6-digit county code, the class code and a "
                            + "non-zero 6-digit sequence", identifierText);
        } else {
            identifier = new AssetIdentifier(identifierText);
        }
        String classCode = strip(draft.classCode());
        if (classCode == null && identifier != null) {
            classCode = identifier.classCode();
        }
        boolean classKnown = false;
        if (classCode == null) {
            found.missing("classCode");
        } else if (classes.find(classCode).isEmpty()) {
            found.add("classCode", "asset.class.unknown", "No asset class of the active scheme has this code",
                    classCode);
        } else {
            classKnown = true;
        }
        if (identifier != null && classCode != null && !identifier.classCode().equals(classCode)) {
            found.add("classCode", "asset.class.mismatch", "The class does not match the identifier's class code",
                    classCode, identifier.classCode());
        }
        String name = strip(draft.name());
        if (name == null && classKnown) {
            name = classes.find(classCode).orElseThrow().name();
        }
        if (name == null) {
            found.missing("name");
        } else if (name.length() > 100) {
            found.add("name", "asset.field.too-long", "At most 100 characters", 100);
        }
        String department = strip(draft.departmentCode());
        if (department != null && !departmentCodes.contains(department)) {
            found.add("departmentCode", "asset.department.unknown", "No department has this code", department);
        }
        AssetStatus status = null;
        if (strip(draft.status()) == null) {
            found.missing("status");
        } else {
            status = Choices.parse(AssetStatus.class, draft.status()).orElse(null);
            if (status == null) {
                found.add("status", "asset.status.invalid",
                        "The status is one of intact, damaged, lost, abandoned, removed", draft.status());
            }
        }
        LocalDate survey = date(draft.surveyDate(), "surveyDate", found);
        LocalDate change = date(draft.changeDate(), "changeDate", found);
        String gridCode = null;
        if (draft.latitude() == null || draft.longitude() == null) {
            found.missing("position");
        } else if (!(Math.abs(draft.latitude()) <= 90 && Math.abs(draft.longitude()) <= 180)) {
            found.add("position", "asset.position.invalid", "The position is not a WGS-84 point");
        } else {
            Optional<GridPlace> place = grids.locate(draft.latitude(), draft.longitude());
            if (place.isEmpty()) {
                found.add("position", "asset.position.outside", "The position lies outside every unit grid",
                        draft.longitude(), draft.latitude());
            } else {
                gridCode = place.get().grid().value();
                String written = strip(draft.gridCode());
                if (written != null && !written.equals(gridCode)) {
                    found.add("gridCode", "asset.grid.mismatch", "The position lies in another unit grid",
                            written, gridCode);
                }
                if (identifier != null && !identifier.adminCode().equals(place.get().grid().adminCode())) {
                    found.add("identifier", "asset.identifier.county", "The identifier's county code is not the "
                            + "county of the unit grid", identifier.adminCode(), place.get().grid().adminCode());
                }
            }
        }
        String owner = limited(draft.ownerUnit(), "ownerUnit", 100, found);
        String maintenance = limited(draft.maintenanceUnit(), "maintenanceUnit", 100, found);
        String source = limited(draft.dataSource(), "dataSource", 32, found);
        String remarks = limited(draft.remarks(), "remarks", 500, found);
        if (!found.list.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Asset(identifier, name, department, owner, maintenance, gridCode, status,
                draft.latitude(), draft.longitude(), survey, change, source, remarks));
    }

    private static LocalDate date(String text, String field, Problems found) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            found.add(field, "asset.date.invalid", "A date is written as yyyy-mm-dd", value);
            return null;
        }
    }

    private static String limited(String text, String field, int length, Problems found) {
        String value = strip(text);
        if (value != null && value.length() > length) {
            found.add(field, "asset.field.too-long", "Too long", length);
        }
        return value;
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The problems of one asset. */
    private static final class Problems {

        private final int index;
        private final String identifier;
        private final List<AssetProblem> list = new ArrayList<>();

        Problems(int index, String identifier) {
            this.index = index;
            this.identifier = blank(identifier) ? null : identifier.strip();
        }

        void add(String field, String code, String defaultMessage, Object... arguments) {
            list.add(new AssetProblem(index, identifier, field, code, defaultMessage, List.of(arguments)));
        }

        void missing(String field) {
            add(field, "asset.field.missing", "This attribute is required", field);
        }
    }
}
