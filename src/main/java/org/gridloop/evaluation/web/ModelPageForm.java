package org.gridloop.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.evaluation.internal.EvaluationModel;
import org.gridloop.evaluation.internal.EvaluationModel.CountBand;
import org.gridloop.evaluation.internal.EvaluationModel.Difficulty;
import org.gridloop.evaluation.internal.EvaluationModel.GradeBand;
import org.gridloop.evaluation.internal.EvaluationModel.SubdistrictSize;

/**
 * The model page's form (考评模型编辑表单): every value of a model as text under its field's name
 * ({@code weights.departments.handlingRate}, {@code grades[1].minScore},
 * {@code difficulty.subdistricts[0].population}, …), filled from a stored version or as
 * entered. Count band shares are entered in percent; a band row left blank is no band, a
 * subdistrict row left blank has no figures (k = 1). Problems are named by the form's fields,
 * so that each shows next to its input.
 *
 * @param values       the text of each field
 * @param gradeRows    how many grade rows the form has
 * @param bandRows     how many count band rows
 * @param subdistricts the subdistrict rows, in order
 */
record ModelPageForm(Map<String, String> values, int gradeRows, int bandRows, List<SubdistrictRow> subdistricts) {

    /** A row of the subdistrict table: its code and name. */
    record SubdistrictRow(String code, String name) {
    }

    /** Rows left blank below the stored bands, for adding bands. */
    static final int SPARE_ROWS = 2;

    /** The weighted objects and their indicators, in the order the form shows them. */
    static final Map<String, List<String>> OBJECTS = objects();

    private static final Pattern ROW = Pattern.compile("^(grades|countBands|difficulty\\.subdistricts)\\[(\\d+)]");

    /** The indexes of the grade rows, for the page. */
    public List<Integer> gradeIndexes() {
        return IntStream.range(0, gradeRows).boxed().toList();
    }

    /** The indexes of the count band rows, for the page. */
    public List<Integer> bandIndexes() {
        return IntStream.range(0, bandRows).boxed().toList();
    }

    /** The form filled with a model, a row for each known subdistrict and each other one the model has figures of. */
    static ModelPageForm of(EvaluationModel model, Map<String, String> knownSubdistricts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("effectiveFrom", "");
        model.weights().forEach((object, weights) -> weights.forEach((indicator, weight) -> values
                .put("weights." + object + "." + indicator, text(weight))));
        for (int i = 0; i < model.grades().size(); i++) {
            values.put("grades[" + i + "].grade", model.grades().get(i).grade());
            values.put("grades[" + i + "].minScore", text(model.grades().get(i).minScore()));
        }
        for (int i = 0; i < model.countBands().size(); i++) {
            values.put("countBands[" + i + "].minShare", text(model.countBands().get(i).minShare() * 100));
            values.put("countBands[" + i + "].score", text(model.countBands().get(i).score()));
        }
        Difficulty difficulty = model.difficulty();
        values.put("difficulty.enabled", String.valueOf(difficulty.enabled()));
        values.put("difficulty.populationWeight", text(difficulty.populationWeight()));
        values.put("difficulty.assetWeight", text(difficulty.assetWeight()));
        values.put("difficulty.exponent", text(difficulty.exponent()));
        Map<String, String> names = new LinkedHashMap<>(knownSubdistricts);
        difficulty.subdistricts().keySet().forEach(code -> names.putIfAbsent(code, code));
        List<SubdistrictRow> rows = new ArrayList<>();
        names.forEach((code, name) -> {
            int i = rows.size();
            rows.add(new SubdistrictRow(code, name));
            SubdistrictSize size = difficulty.subdistricts().get(code);
            values.put("difficulty.subdistricts[" + i + "].code", code);
            values.put("difficulty.subdistricts[" + i + "].population", size == null ? "" : String.valueOf(size.population()));
            values.put("difficulty.subdistricts[" + i + "].assets", size == null ? "" : String.valueOf(size.assets()));
        });
        return new ModelPageForm(values, model.grades().size() + SPARE_ROWS, model.countBands().size() + SPARE_ROWS,
                rows);
    }

    /** The form as entered: the request's parameters, rows counted from the fields sent. */
    static ModelPageForm entered(Map<String, String> parameters, Map<String, String> knownSubdistricts) {
        Map<String, String> values = new LinkedHashMap<>();
        int grades = 0;
        int bands = 0;
        int subdistricts = 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!name.equals("effectiveFrom") && !name.startsWith("weights.") && !name.startsWith("grades[")
                    && !name.startsWith("countBands[") && !name.startsWith("difficulty.")) {
                continue;
            }
            Matcher row = ROW.matcher(name);
            boolean inRow = row.find();
            if (name.contains("[") && (!inRow || row.group(2).length() > 3)) {
                continue;
            }
            values.put(name, parameter.getValue() == null ? "" : parameter.getValue().strip());
            if (inRow) {
                int count = Integer.parseInt(row.group(2)) + 1;
                switch (row.group(1)) {
                    case "grades" -> grades = Math.max(grades, count);
                    case "countBands" -> bands = Math.max(bands, count);
                    default -> subdistricts = Math.max(subdistricts, count);
                }
            }
        }
        List<SubdistrictRow> rows = new ArrayList<>();
        for (int i = 0; i < subdistricts; i++) {
            String code = values.getOrDefault("difficulty.subdistricts[" + i + "].code", "");
            rows.add(new SubdistrictRow(code, knownSubdistricts.getOrDefault(code, code)));
        }
        return new ModelPageForm(values, grades, bands, rows);
    }

    /**
     * The model the form describes, checked as {@link EvaluationModel#check()} does.
     *
     * @throws DomainException INVALID naming each field of the form at fault
     */
    EvaluationModel model() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate effectiveFrom = null;
        String from = value("effectiveFrom");
        if (from.isEmpty()) {
            problems.add(new FieldProblem("effectiveFrom", "field.required", "required"));
        } else {
            try {
                effectiveFrom = LocalDate.parse(from);
            } catch (DateTimeParseException malformed) {
                problems.add(new FieldProblem("effectiveFrom", "evaluation.model.date", "a date yyyy-MM-dd"));
            }
        }
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        OBJECTS.forEach((object, known) -> {
            Map<String, Double> indicators = new LinkedHashMap<>();
            for (String indicator : known) {
                Double weight = number(problems, "weights." + object + "." + indicator);
                indicators.put(indicator, weight == null ? 0 : weight);
            }
            weights.put(object, indicators);
        });
        List<Integer> gradeRowsUsed = new ArrayList<>();
        List<GradeBand> grades = new ArrayList<>();
        for (int i = 0; i < gradeRows; i++) {
            String grade = value("grades[" + i + "].grade");
            String score = value("grades[" + i + "].minScore");
            if (grade.isEmpty() && score.isEmpty()) {
                continue;
            }
            if (grade.isEmpty() || grade.length() > 8) {
                problems.add(new FieldProblem("grades[" + i + "].grade", "evaluation.model.grade", "1 to 8 characters"));
            }
            Double minScore = number(problems, "grades[" + i + "].minScore");
            gradeRowsUsed.add(i);
            grades.add(new GradeBand(grade, minScore == null ? 0 : minScore));
        }
        List<Integer> bandRowsUsed = new ArrayList<>();
        List<CountBand> bands = new ArrayList<>();
        for (int i = 0; i < bandRows; i++) {
            if (value("countBands[" + i + "].minShare").isEmpty() && value("countBands[" + i + "].score").isEmpty()) {
                continue;
            }
            Double share = number(problems, "countBands[" + i + "].minShare");
            Double score = number(problems, "countBands[" + i + "].score");
            bandRowsUsed.add(i);
            bands.add(new CountBand(share == null ? 0 : share / 100, score == null ? 0 : score));
        }
        Map<String, SubdistrictSize> sizes = new LinkedHashMap<>();
        for (int i = 0; i < subdistricts.size(); i++) {
            String code = subdistricts.get(i).code();
            String population = value("difficulty.subdistricts[" + i + "].population");
            String assets = value("difficulty.subdistricts[" + i + "].assets");
            if (code.isEmpty() || population.isEmpty() && assets.isEmpty()) {
                continue;
            }
            String field = "difficulty.subdistricts." + code;
            Long people = whole(population);
            Long parts = whole(assets);
            if (people == null || parts == null) {
                problems.add(new FieldProblem(field, "evaluation.model.size-both",
                        "both population and assets, whole numbers"));
            } else {
                sizes.put(code, new SubdistrictSize(people, parts));
            }
        }
        Double populationWeight = number(problems, "difficulty.populationWeight");
        Double assetWeight = number(problems, "difficulty.assetWeight");
        Double exponent = number(problems, "difficulty.exponent");
        Difficulty difficulty = new Difficulty("true".equals(value("difficulty.enabled")),
                populationWeight == null ? 0 : populationWeight, assetWeight == null ? 0 : assetWeight,
                exponent == null ? 0 : exponent, sizes);
        EvaluationModel model = new EvaluationModel(0, effectiveFrom, weights, grades, bands, difficulty);
        try {
            model.check();
        } catch (DomainException refused) {
            List<String> unread = problems.stream().map(problem -> section(problem.field())).toList();
            refused.fieldProblems().stream()
                    .filter(problem -> !unread.contains(section(problem.field())))
                    .map(problem -> new FieldProblem(formField(problem.field(), gradeRowsUsed, bandRowsUsed),
                            problem.messageCode(), problem.defaultMessage()))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "evaluation.model.invalid",
                    "The evaluation model is not valid", problems);
        }
        return model;
    }

    /**
     * The part of the model a field belongs to ({@code weights.departments}, {@code grades}, …):
     * a value that could not be read leaves its part unchecked, the check knowing only a stand-in.
     */
    private static String section(String field) {
        if (field.startsWith("weights.")) {
            String[] parts = field.split("\\.");
            return parts.length > 1 ? parts[0] + "." + parts[1] : parts[0];
        }
        if (field.startsWith("difficulty.subdistricts")) {
            return "difficulty.subdistricts";
        }
        return field.split("[.\\[]", 2)[0];
    }

    /** The form's field of a field of the model: a band of the model at the row it was entered on. */
    private static String formField(String field, List<Integer> gradeRows, List<Integer> bandRows) {
        Matcher row = ROW.matcher(field);
        if (!row.find() || row.group(1).startsWith("difficulty")) {
            return field;
        }
        boolean grades = row.group(1).equals("grades");
        int index = Integer.parseInt(row.group(2));
        List<Integer> rows = grades ? gradeRows : bandRows;
        String rest = field.substring(row.end());
        String name = row.group(1) + "[" + (index < rows.size() ? rows.get(index) : index) + "]";
        return rest.isEmpty() ? name + (grades ? ".minScore" : ".minShare") : name + rest;
    }

    private String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value.strip();
    }

    private Double number(List<FieldProblem> problems, String field) {
        String text = value(field);
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, "field.required", "required"));
            return null;
        }
        if (text.matches("[-+]?([0-9]{1,9}\\.?[0-9]{0,6}|\\.[0-9]{1,6})")) {
            return Double.parseDouble(text);
        }
        problems.add(new FieldProblem(field, "evaluation.model.number", "a number"));
        return null;
    }

    private static Long whole(String text) {
        if (!text.matches("[-+]?[0-9]{1,15}")) {
            return null;
        }
        return Long.parseLong(text);
    }

    private static Map<String, List<String>> objects() {
        Map<String, List<String>> objects = new LinkedHashMap<>();
        EvaluationModel.defaults().weights().keySet()
                .forEach(object -> objects.put(object, EvaluationModel.INDICATORS.get(object)));
        return objects;
    }

    /** A number as the form shows it: no trailing zeros, at most six decimals. */
    static String text(double number) {
        return BigDecimal.valueOf(number).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
