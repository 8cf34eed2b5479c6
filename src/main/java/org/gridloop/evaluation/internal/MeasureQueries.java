package org.gridloop.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridloop.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts {@link Measure}s over the read model and lists the cases behind one of them. All the
 * measures that share a source and a time are counted in one aggregate, whatever object they
 * count by: one key is grouped by as such, several by grouping sets, a literal key (such as
 * {@code 'all'}) by the empty set. So the scorecards of every object read the period's steps
 * once and its cases once per time. A condition over a step and its case is also put in the
 * aggregate's {@code WHERE}, so that a rare one joins the few steps that meet it rather than every
 * step of the period.
 */
@Repository
class MeasureQueries {

    /** Counts by key, then by measure name; a key with nothing counted is absent. */
    record Counts(Map<String, Map<String, Long>> byKey) {

        long of(String key, String measure) {
            return byKey.getOrDefault(key, Map.of()).getOrDefault(measure, 0L);
        }

        /** The sum over the keys. */
        long sum(Collection<String> keys, String measure) {
            return keys.stream().mapToLong(key -> of(key, measure)).sum();
        }
    }

    /** The counts of many measures, each by the values of its key. */
    record Tally(Map<Measure, Map<String, Long>> byMeasure) {

        /** The counts of the measures, by key then by measure name. */
        Counts of(Collection<Measure> measures) {
            Map<String, Map<String, Long>> byKey = new HashMap<>();
            for (Measure measure : measures) {
                byMeasure.getOrDefault(measure, Map.of()).forEach((key, count) ->
                        byKey.computeIfAbsent(key, unused -> new HashMap<>()).put(measure.name(), count));
            }
            return new Counts(byKey);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MeasureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Counts count(List<Measure> measures, Period period) {
        return tally(measures, period).of(measures);
    }

    Tally tally(Collection<Measure> measures, Period period) {
        Map<Measure, Map<String, Long>> byMeasure = new HashMap<>();
        Map<List<Object>, List<Measure>> groups = new LinkedHashSet<>(measures).stream().collect(Collectors.groupingBy(
                measure -> List.of(measure.source(), measure.time()), LinkedHashMap::new, Collectors.toList()));
        for (List<Measure> group : groups.values()) {
            List<String> keys = group.stream().map(Measure::key).distinct().toList();
            int[] sets = sets(keys);
            jdbc.sql(aggregate(group, keys)).params(parameters(period)).query(rs -> {
                int grouping = keys.size() > 1 ? rs.getInt("grouped_by") : 0;
                for (int i = 0; i < group.size(); i++) {
                    int k = keys.indexOf(group.get(i).key());
                    String key = rs.getString("k" + k);
                    if (key != null && grouping == sets[k]) {
                        byMeasure.computeIfAbsent(group.get(i), unused -> new HashMap<>()).put(key, rs.getLong("m" + i));
                    }
                }
            });
        }
        return new Tally(byMeasure);
    }

    /** The aggregate of measures sharing a source and a time, by each of the keys. */
    private static String aggregate(List<Measure> group, List<String> keys) {
        Measure first = group.get(0);
        List<String> grouped = keys.stream().filter(key -> !literal(key)).toList();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int k = 0; k < keys.size(); k++) {
            sql.append(keys.get(k)).append(" AS k").append(k).append(", ");
        }
        if (keys.size() > 1) {
            sql.append(grouped.isEmpty() ? "0" : "GROUPING(" + String.join(", ", grouped) + ")").append(" AS grouped_by, ");
        }
        for (int i = 0; i < group.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(group.get(i).where()).append(") AS m")
                    .append(i);
        }
        sql.append(" FROM ").append(first.source().from).append(" WHERE ").append(first.time()).append(" >= :from AND ")
                .append(first.time()).append(" < :to");
        if (keys.size() == 1) {
            sql.append(" AND ").append(keys.get(0)).append(" IS NOT NULL");
        }
        if (first.action() != null) {
            sql.append(" AND s.action IN (").append(group.stream().map(measure -> "'" + measure.action() + "'")
                    .distinct().collect(Collectors.joining(", "))).append(")");
        }
        if (first.source() == Measure.Source.STEPS_WITH_CASE) {
            sql.append(" AND (").append(group.stream().map(measure -> "(" + measure.where() + ")")
                    .collect(Collectors.joining(" OR "))).append(")");
        }
        if (keys.size() == 1) {
            sql.append(" GROUP BY 1");
        } else {
            sql.append(" GROUP BY GROUPING SETS (").append(grouped.stream().map(key -> "(" + key + ")")
                    .collect(Collectors.joining(", "))).append(grouped.size() < keys.size() ? (grouped.isEmpty() ? "()" : ", ()") : "")
                    .append(")");
        }
        return sql.toString();
    }

    /**
     * The {@code GROUPING(...)} value of the rows of each key's set: the bit of each grouped key
     * the row is not grouped by is set, the first key's the highest; a literal key's set is the
     * empty one, grouped by none. With one key, every row is of its set.
     */
    private static int[] sets(List<String> keys) {
        List<String> grouped = keys.stream().filter(key -> !literal(key)).toList();
        int all = (1 << grouped.size()) - 1;
        int[] sets = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            sets[k] = keys.size() == 1 ? 0 : literal(keys.get(k)) ? all
                    : all & ~(1 << (grouped.size() - 1 - grouped.indexOf(keys.get(k))));
        }
        return sets;
    }

    private static boolean literal(String key) {
        return key.startsWith("'");
    }

    /**
     * The cases (or steps, each with its case) a measure counts for the keys in the period, by
     * time; every key when {@code keys} is {@code null}.
     */
    List<CaseEntry> cases(Measure measure, Period period, Collection<String> keys) {
        String sql = "SELECT " + measure.source().number + " AS number, " + measure.time() + " AS at FROM " + measure.source().from + " WHERE "
                + measure.time() + " >= :from AND " + measure.time() + " < :to AND " + measure.key() + " IS NOT NULL"
                + (keys == null ? "" : " AND " + measure.key() + " = ANY(:keys)") + " AND (" + measure.where()
                + ") ORDER BY at, number";
        Map<String, Object> parameters = parameters(period);
        if (keys != null) {
            parameters.put("keys", keys.toArray(String[]::new));
        }
        return jdbc.sql(sql).params(parameters)
                .query((rs, n) -> new CaseEntry(rs.getString("number"), rs.getTimestamp("at").toInstant())).list();
    }

    private Map<String, Object> parameters(Period period) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Timestamp.from(period.from()));
        parameters.put("to", Timestamp.from(period.to()));
        parameters.put("now", Timestamp.from(clock.instant()));
        return parameters;
    }

}
