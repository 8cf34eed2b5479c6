package org.gridloop.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.gridloop.DomainException;
import org.gridloop.evaluation.internal.Scorecard;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.springframework.context.MessageSource;

/**
 * A ranking (排名) of the subdistricts or the departments for a period: the rows of their
 * scorecard in the scorecard's order (highest score first), each with its place, name, the count
 * and the two rates that tell most about it, the score and the grade. Only units are ranked, never
 * a person, so the public disclosure shows the same table as the dashboard.
 *
 * @param object the scorecard object ranked, {@code subdistricts} or {@code departments}
 * @param period the period's text
 * @param fields the key figures shown between the name and the score
 */
record Ranking(String object, String period, List<String> fields, List<Ranked> units) {

    /**
     * A ranked unit.
     *
     * @param rank its place, 0 when it has no score (nothing to score it on) and so no place
     * @param row  its scorecard row
     */
    record Ranked(int rank, String key, String name, Map<String, Object> row) {

        /** A field of the row as the page shows it, a dash for none. */
        public String display(String field) {
            return ColumnFormat.of(field).display(row.get(field));
        }
    }

    /**
     * The ranking of a scorecard.
     *
     * @throws DomainException INVALID on {@code object} for a scorecard of neither subdistricts nor departments
     */
    static Ranking of(Scorecard card) {
        List<String> fields = switch (card.object()) {
            case SUBDISTRICTS -> List.of("registered", "closingRate", "closingOnTimeRate");
            case DEPARTMENTS -> List.of("due", "handlingRate", "handlingOnTimeRate");
            default -> throw refused();
        };
        List<Map<String, Object>> rows = card.rows();
        String keyField = card.object().keyField;
        List<Ranked> units = IntStream.range(0, rows.size()).mapToObj(i -> new Ranked(
                rows.get(i).get("score") == null ? 0 : i + 1, (String) rows.get(i).get(keyField),
                (String) rows.get(i).get("name"), rows.get(i))).toList();
        return new Ranking(card.object().path, card.period().text(), fields, units);
    }

    /**
     * The object of a ranking named in a path.
     *
     * @throws DomainException INVALID on {@code object} for any but {@code subdistricts} and {@code departments}
     */
    static ScorecardObject object(String path) {
        if (ScorecardObject.SUBDISTRICTS.path.equals(path)) {
            return ScorecardObject.SUBDISTRICTS;
        }
        if (ScorecardObject.DEPARTMENTS.path.equals(path)) {
            return ScorecardObject.DEPARTMENTS;
        }
        throw refused();
    }

    /** The ranking as a spreadsheet: place, code, name, the key figures, score and grade. */
    TableExport export(MessageSource messages, Locale locale) {
        String keyField = ScorecardObject.of(object).keyField;
        List<TableExport.Column> columns = new ArrayList<>();
        columns.add(new TableExport.Column("rank", messages.getMessage("evaluation.public.rank", null, locale),
                ColumnFormat.COUNT));
        for (String field : concat(List.of(keyField, "name"), fields, List.of("score", "grade"))) {
            columns.add(new TableExport.Column(field, messages.getMessage("evaluation.column." + field, null, locale),
                    ColumnFormat.of(field)));
        }
        List<Map<String, Object>> lines = units.stream().map(unit -> {
            Map<String, Object> line = new LinkedHashMap<>(unit.row());
            line.put("rank", unit.rank() == 0 ? null : unit.rank());
            return line;
        }).toList();
        return new TableExport("ranking-" + object + "-" + TableExport.fileSafe(period), "ranking", columns, lines, 3);
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    private static DomainException refused() {
        return DomainException.invalidField("object", "evaluation.ranking.object", "subdistricts or departments");
    }
}
