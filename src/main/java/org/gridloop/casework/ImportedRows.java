package org.gridloop.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gridloop.DomainException.FieldProblem;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Location;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.gridloop.organization.InspectorTeams;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the rows of a legacy import file (历史数据导入) against the reference data:
 * every field of every row, and the times against each other and the final status, collecting
 * every fault with its line. Which numbers already exist is asked of the caller.
 */
@Component
class ImportedRows {

    /** The header an import file starts with, column by column. */
    static final List<String> HEADER = List.of("number", "source", "kind", "category_code", "lat", "lon",
            "reported_at", "reporter", "accepted_at", "registered_at", "dispatched_at", "department", "handled_at",
            "checked_at", "closed_at", "final_status", "returns");

    /** The most approved returns one case may carry. */
    static final int MAX_RETURNS = 50;

    /** The step columns in workflow order: each needs the one before. */
    private static final List<String> STEPS = List.of("reported_at", "accepted_at", "registered_at", "dispatched_at",
            "handled_at", "checked_at", "closed_at");

    /** The statuses a case may be left in, with the last step column it has reached ({@code closed_at} excluded). */
    private static final Map<CaseStatus, Integer> OPEN_STATUSES = Map.of(CaseStatus.REPORTED, 0,
            CaseStatus.ACCEPTED, 1, CaseStatus.REGISTERED, 2, CaseStatus.DISPATCHED, 3, CaseStatus.HANDLED, 4,
            CaseStatus.CHECKING, 4, CaseStatus.CHECKED, 5);

    /** Statuses whose step the columns hold no time for. */
    private static final Set<CaseStatus> NOT_IMPORTABLE = Set.of(CaseStatus.VERIFYING, CaseStatus.RETURN_REQUESTED,
            CaseStatus.SUSPENSION_REQUESTED, CaseStatus.SUSPENDED, CaseStatus.MERGED);

    private final Categories categories;
    private final GridLookup grids;
    private final Departments departments;
    private final InspectorTeams inspectors;
    private final Clock clock;

    ImportedRows(Categories categories, GridLookup grids, Departments departments, InspectorTeams inspectors,
            Clock clock) {
        this.categories = categories;
        this.grids = grids;
        this.departments = departments;
        this.inspectors = inspectors;
        this.clock = clock;
    }

    /** The rows read, and the faults found; the rows are only usable when there is no fault. */
    record Checked(List<ImportedCase> cases, List<ImportProblem> problems) {
    }

    Checked check(String text) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportFile.Row> rows;
        try {
            rows = ImportFile.rows(text);
        } catch (ImportFile.Unterminated open) {
            return new Checked(List.of(), List.of(new ImportProblem(open.line, null, "caseImport.quote",
                    "a quoted field is not closed")));
        }
        if (rows.isEmpty() || !header(rows.get(0).fields()).equals(HEADER)) {
            return new Checked(List.of(), List.of(new ImportProblem(1, null, "caseImport.header",
                    "the first line must be the header " + String.join(",", HEADER), String.join(",", HEADER))));
        }
        Lookup lookup = new Lookup();
        Map<String, Integer> firstLines = new HashMap<>();
        List<ImportedCase> cases = new ArrayList<>(rows.size() - 1);
        for (ImportFile.Row row : rows.subList(1, rows.size())) {
            new RowCheck(row.line(), row.fields(), problems, lookup, firstLines).result().ifPresent(cases::add);
        }
        if (cases.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(1, null, "caseImport.empty", "the file holds no case"));
        }
        return new Checked(cases, problems);
    }

    private static List<String> header(List<String> fields) {
        return fields.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Reference data looked up once per import. */
    private final class Lookup {

        final Instant now = clock.instant();
        final Map<String, Department> departmentsByCode = new HashMap<>();
        final Map<String, Boolean> inspectorNames = new HashMap<>();

        Lookup() {
            departments.all().forEach(department -> departmentsByCode.put(department.code(), department));
        }

        boolean isInspector(String username) {
            return inspectorNames.computeIfAbsent(username, inspectors::isInspector);
        }
    }

    /** The checks of one row. */
    private final class RowCheck {

        private final int line;
        private final List<String> fields;
        private final List<ImportProblem> problems;
        private final Lookup lookup;
        private final Map<String, Integer> firstLines;
        private boolean bad;
        private boolean unreadableTime;

        RowCheck(int line, List<String> fields, List<ImportProblem> problems, Lookup lookup,
                Map<String, Integer> firstLines) {
            this.line = line;
            this.fields = fields;
            this.problems = problems;
            this.lookup = lookup;
            this.firstLines = firstLines;
        }

        Optional<ImportedCase> result() {
            if (fields.size() != HEADER.size()) {
                fault(null, "caseImport.columns", "the row has " + fields.size() + " columns, not " + HEADER.size(),
                        fields.size(), HEADER.size());
                return Optional.empty();
            }
            if (fields.stream().anyMatch(field -> field.indexOf('\u0000') >= 0)) {
                fault(null, "caseImport.controlCharacter", "the row holds a NUL character, which no text may hold");
                return Optional.empty();
            }
            CaseNumber number = number();
            Channel channel = choice("source", Channel.class);
            Category category = category();
            Double lat = coordinate("lat");
            Double lon = coordinate("lon");
            List<FieldProblem> range = Location.rangeProblems(lat, lon);
            range.forEach(this::fault);
            Instant[] times = new Instant[STEPS.size()];
            for (int i = 0; i < STEPS.size(); i++) {
                times[i] = time(STEPS.get(i));
            }
            CaseStatus status = choice("final_status", CaseStatus.class);
            String reporter = reporter(channel);
            String department = department(times[3] != null);
            int returns = returns(times[3] != null);
            GridPlace place = range.isEmpty() ? place(channel, lat, lon, times[0]) : null;
            if (status != null && !unreadableTime) {
                steps(times, status);
            }
            if (bad) {
                return Optional.empty();
            }
            return Optional.of(new ImportedCase(line, number, channel, category, lat, lon, place, reporter,
                    times[0], times[1], times[2], times[3], department, times[4], times[5], times[6], status,
                    returns));
        }

        private String value(String field) {
            String value = fields.get(HEADER.indexOf(field)).strip();
            return value.isEmpty() ? null : value;
        }

        private String required(String field) {
            String value = value(field);
            if (value == null) {
                fault(field, "field.required", "required");
            }
            return value;
        }

        private CaseNumber number() {
            String value = required("number");
            if (value == null) {
                return null;
            }
            if (!CaseNumber.isValid(value) || value.length() > 20) {
                fault("number", "caseImport.number.format",
                        "a case number is a year and a sequence of at least seven digits, at most 20 digits");
                return null;
            }
            Integer first = firstLines.putIfAbsent(value, line);
            if (first != null) {
                fault("number", "caseImport.number.repeated", "the number is already on line " + first, String.valueOf(first));
            }
            return new CaseNumber(value);
        }

        private <E extends Enum<E>> E choice(String field, Class<E> type) {
            String value = required(field);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException unknown) {
                fault(field, "caseImport." + field + ".unknown", "unknown value " + value, value);
                return null;
            }
        }

        private Category category() {
            String kind = required("kind");
            String code = required("category_code");
            CategoryKind categoryKind = null;
            if (kind != null) {
                switch (kind.toLowerCase(Locale.ROOT)) {
                    case "incident" -> categoryKind = CategoryKind.INCIDENT;
                    case "asset" -> categoryKind = CategoryKind.ASSET;
                    default -> fault("kind", "report.kind.unknown", "must be incident or asset");
                }
            }
            if (categoryKind == null || code == null) {
                return null;
            }
            Optional<Category> category = categories.find(categoryKind, code);
            if (category.isEmpty()) {
                fault("category_code", "report.category.unknown", "no such class in the active scheme");
            }
            return category.orElse(null);
        }

        private Double coordinate(String field) {
            String value = required(field);
            if (value == null) {
                return null;
            }
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException notNumber) {
                fault(field, "caseImport.coordinate.format", "not a number in decimal degrees");
                return null;
            }
        }

        private Instant time(String field) {
            String value = field.equals("reported_at") ? required(field) : value(field);
            if (value == null) {
                unreadableTime |= field.equals("reported_at");
                return null;
            }
            try {
                Instant at = OffsetDateTime.parse(value).toInstant();
                if (at.isAfter(lookup.now)) {
                    fault(field, "caseImport.time.future", "lies in the future");
                    unreadableTime = true;
                    return null;
                }
                return at;
            } catch (DateTimeParseException unreadable) {
                unreadableTime = true;
                fault(field, "caseImport.time.format",
                        "an ISO-8601 time with its offset is required, e.g. 2026-03-02T09:00:00+08:00");
                return null;
            }
        }

        private String reporter(Channel channel) {
            String reporter = channel == Channel.INSPECTOR ? required("reporter") : value("reporter");
            if (reporter != null && !lookup.isInspector(reporter)) {
                fault("reporter", "caseImport.reporter.unknown", "no active inspector has this username");
            }
            return reporter;
        }

        private String department(boolean dispatched) {
            String code = dispatched ? required("department") : value("department");
            if (code == null) {
                return null;
            }
            if (!dispatched) {
                fault("department", "caseImport.department.withoutDispatch",
                        "a department is given only with dispatched_at");
            } else if (!lookup.departmentsByCode.containsKey(code)) {
                fault("department", "caseImport.department.unknown", "no department has this code");
            }
            return code;
        }

        private int returns(boolean dispatched) {
            String value = value("returns");
            if (value == null) {
                return 0;
            }
            int returns;
            try {
                returns = Integer.parseInt(value);
            } catch (NumberFormatException notNumber) {
                returns = -1;
            }
            if (returns < 0 || returns > MAX_RETURNS) {
                fault("returns", "caseImport.returns.range", "a whole number from 0 to " + MAX_RETURNS, MAX_RETURNS);
                return 0;
            }
            if (returns > 0 && !dispatched) {
                fault("returns", "caseImport.returns.withoutDispatch", "returns are given only with dispatched_at");
            }
            return returns;
        }

        /** Inspectors report from inside the grid area, as live reports must (ReportIntake). */
        private GridPlace place(Channel channel, Double lat, Double lon, Instant reportedAt) {
            if (lat == null || lon == null) {
                return null;
            }
            GridPlace place = reportedAt == null ? grids.locate(lat, lon).orElse(null)
                    : grids.locate(lat, lon, reportedAt).orElse(null);
            if (place == null && channel == Channel.INSPECTOR) {
                fault("lat", "report.outsideGridArea", "outside every unit grid");
            }
            return place;
        }

        /** The step times in workflow order, and the final status they allow. */
        private void steps(Instant[] times, CaseStatus status) {
            int before = problems.size();
            boolean closes = status == CaseStatus.CLOSED;
            int last = 0;
            for (int i = 1; i < STEPS.size(); i++) {
                if (times[i] == null) {
                    continue;
                }
                boolean ending = i == STEPS.size() - 1 && !closes;
                if (!ending && times[i - 1] == null) {
                    fault(STEPS.get(i), "caseImport.time.withoutPrevious", "given without " + STEPS.get(i - 1),
                            STEPS.get(i - 1));
                } else if (times[i].isBefore(times[last])) {
                    fault(STEPS.get(i), "caseImport.time.order", "before " + STEPS.get(last), STEPS.get(last));
                }
                last = i;
            }
            if (problems.size() > before) {
                return;
            }
            int reached = 0;
            for (int i = 1; i < STEPS.size() - 1; i++) {
                if (times[i] != null) {
                    reached = i;
                }
            }
            boolean ended = times[STEPS.size() - 1] != null;
            boolean fits = switch (status) {
                case CLOSED -> ended && reached == 5;
                case REJECTED -> reached == 0;
                case DECLINED -> reached == 1;
                case DISCARDED -> true;
                default -> !NOT_IMPORTABLE.contains(status) && !ended && OPEN_STATUSES.get(status) == reached;
            };
            if (NOT_IMPORTABLE.contains(status)) {
                fault("final_status", "caseImport.final_status.notImportable",
                        "the columns hold no time for the step into " + status, status.name());
            } else if (!fits) {
                fault("final_status", "caseImport.final_status.contradicts",
                        status + " does not agree with the times given", status.name());
            }
        }

        private void fault(FieldProblem problem) {
            fault(problem.field(), problem.messageCode(), problem.defaultMessage());
        }

        private void fault(String field, String code, String message, Object... arguments) {
            problems.add(new ImportProblem(line, field, code, message, arguments));
            bad = true;
        }
    }
}
