package org.gridloop.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridloop.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts {@link Measure}s over the read model, one aggregate for all the measures that share a
 * source, a key and a time, and lists the cases behind one of them.
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

    private final JdbcClient jdbc;
    private final Clock clock;

    MeasureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Counts count(List<Measure> measures, Period period) {
        Map<String, Map<String, Long>> byKey = new HashMap<>();
        Map<List<Object>, List<Measure>> groups = measures.stream().collect(Collectors.groupingBy(
                measure -> List.of(measure.source(), measure.key(), measure.time()), LinkedHashMap::new,
                Collectors.toList()));
        for (List<Measure> group : groups.values()) {
            Measure first = group.get(0);
            StringBuilder sql = new StringBuilder("SELECT ").append(first.key()).append(" AS key");
            for (int i = 0; i < group.size(); i++) {
                sql.append(", count(*) FILTER (WHERE ").append(group.get(i).where()).append(") AS m").append(i);
            }
            sql.append(" FROM ").append(first.source().from).append(" WHERE ").append(first.time())
                    .append(" >= :from AND ").append(first.time()).append(" < :to AND ").append(first.key())
                    .append(" IS NOT NULL");
            if (first.action() != null) {
                sql.append(" AND s.action IN (").append(group.stream().map(measure -> "'" + measure.action() + "'")
                        .distinct().collect(Collectors.joining(", "))).append(")");
            }
            sql.append(" GROUP BY 1");
            jdbc.sql(sql.toString()).params(parameters(period)).query(rs -> {
                Map<String, Long> counts = byKey.computeIfAbsent(rs.getString("key"), key -> new HashMap<>());
                for (int i = 0; i < group.size(); i++) {
                    counts.put(group.get(i).name(), rs.getLong("m" + i));
                }
            });
        }
        return new Counts(byKey);
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
