package org.gridloop.timing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.gridloop.catalog.CategoryKind;
import org.gridloop.timing.LimitUnit;
import org.gridloop.casework.CaseStage;
import org.gridloop.timing.TimeLimit;
import org.gridloop.timing.TimeLimits;
import org.gridloop.casework.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored time-limit standards: {@code timing_stage_limit} and {@code timing_handling_limit}. */
@Repository
class TimeLimitStore {

    private final JdbcClient jdbc;
    private final AtomicLong changes = new AtomicLong();

    TimeLimitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many standards this node saved so far: a change tells caches to reload. */
    long changes() {
        return changes.get();
    }

    Optional<StageLimit> stageLimit(CaseStage stage, Instant at) {
        return jdbc.sql("""
                SELECT stage, amount, unit, effective_from FROM timing_stage_limit
                WHERE stage = :stage AND effective_from <= :at ORDER BY effective_from DESC LIMIT 1""")
                .param("stage", stage.name()).param("at", Timestamp.from(at))
                .query(this::stageLimit).optional();
    }

    List<StageLimit> stageLimits() {
        return jdbc.sql("SELECT stage, amount, unit, effective_from FROM timing_stage_limit ORDER BY stage, effective_from")
                .query(this::stageLimit).list();
    }

    void save(StageLimit limit) {
        jdbc.sql("""
                INSERT INTO timing_stage_limit (stage, amount, unit, effective_from) VALUES (:stage, :amount, :unit, :from)
                ON CONFLICT (stage, effective_from) DO UPDATE SET amount = excluded.amount, unit = excluded.unit""")
                .param("stage", limit.stage().name()).param("amount", limit.limit().amount())
                .param("unit", limit.limit().unit().name()).param("from", Timestamp.from(limit.effectiveFrom()))
                .update();
        changes.incrementAndGet();
    }

    /**
     * The most specific standard in effect at {@code at}: the class before its major class
     * before any class, the condition before {@code default}, then the latest.
     */
    Optional<HandlingLimit> handlingLimit(String scheme, CategoryKind kind, String code, String majorCode,
            String condition, Urgency urgency, Instant at) {
        return jdbc.sql("""
                SELECT * FROM timing_handling_limit
                WHERE scheme = :scheme AND kind = :kind AND urgency = :urgency AND effective_from <= :at
                  AND category_code IN (:code, :major, '*') AND condition IN (:condition, :default)
                ORDER BY category_code = :code DESC, category_code = :major DESC, condition = :condition DESC,
                         effective_from DESC
                LIMIT 1""")
                .param("scheme", scheme).param("kind", kind.name()).param("urgency", urgency.name())
                .param("at", Timestamp.from(at)).param("code", code).param("major", majorCode == null ? code : majorCode)
                .param("condition", condition).param("default", TimeLimits.DEFAULT_CONDITION)
                .query(this::handlingLimit).optional();
    }

    /** Every version of the handling standards of a scheme, optionally of one kind and code. */
    List<HandlingLimit> handlingLimits(String scheme, CategoryKind kind, String code) {
        return jdbc.sql("""
                SELECT * FROM timing_handling_limit
                WHERE scheme = :scheme AND (CAST(:kind AS VARCHAR) IS NULL OR kind = :kind)
                  AND (CAST(:code AS VARCHAR) IS NULL OR category_code = :code)
                ORDER BY kind, category_code = '*' DESC, length(category_code), category_code, condition, urgency,
                         effective_from""")
                .param("scheme", scheme).param("kind", kind == null ? null : kind.name()).param("code", code)
                .query(this::handlingLimit).list();
    }

    boolean hasHandlingLimits(String scheme) {
        return jdbc.sql("SELECT count(*) FROM timing_handling_limit WHERE scheme = :scheme").param("scheme", scheme)
                .query(Integer.class).single() > 0;
    }

    void save(HandlingLimit limit) {
        jdbc.sql("""
                INSERT INTO timing_handling_limit
                    (scheme, kind, category_code, condition, urgency, amount, unit, effective_from, source)
                VALUES (:scheme, :kind, :code, :condition, :urgency, :amount, :unit, :from, :source)
                ON CONFLICT (scheme, kind, category_code, condition, urgency, effective_from)
                DO UPDATE SET amount = excluded.amount, unit = excluded.unit, source = excluded.source""")
                .param("scheme", limit.scheme()).param("kind", limit.kind().name())
                .param("code", limit.categoryCode()).param("condition", limit.condition())
                .param("urgency", limit.urgency().name()).param("amount", limit.limit().amount())
                .param("unit", limit.limit().unit().name()).param("from", Timestamp.from(limit.effectiveFrom()))
                .param("source", limit.source().length() > 300 ? limit.source().substring(0, 300) : limit.source())
                .update();
        changes.incrementAndGet();
    }

    private StageLimit stageLimit(ResultSet rs, int row) throws SQLException {
        return new StageLimit(CaseStage.valueOf(rs.getString("stage")), limit(rs),
                rs.getTimestamp("effective_from").toInstant());
    }

    private HandlingLimit handlingLimit(ResultSet rs, int row) throws SQLException {
        return new HandlingLimit(rs.getString("scheme"), CategoryKind.valueOf(rs.getString("kind")),
                rs.getString("category_code"), rs.getString("condition"), Urgency.valueOf(rs.getString("urgency")),
                limit(rs), rs.getTimestamp("effective_from").toInstant(), rs.getString("source"));
    }

    private static TimeLimit limit(ResultSet rs) throws SQLException {
        return new TimeLimit(rs.getInt("amount"), LimitUnit.valueOf(rs.getString("unit")));
    }
}
