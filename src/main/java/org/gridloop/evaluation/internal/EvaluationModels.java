package org.gridloop.evaluation.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stored versions of the {@link EvaluationModel}: the model of a day is the latest version
 * in force from that day or before, else the built-in defaults.
 */
@Service
public class EvaluationModels {

    /** A stored version as listed. */
    public record Version(int version, LocalDate effectiveFrom, String createdBy, Instant createdAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EvaluationModels(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The model in force on the day. */
    @Transactional(readOnly = true)
    public EvaluationModel inForce(LocalDate day) {
        return jdbc.sql("""
                SELECT version, effective_from, document FROM evaluation_model WHERE effective_from <= :day
                ORDER BY effective_from DESC, version DESC LIMIT 1""")
                .param("day", Date.valueOf(day))
                .query((rs, n) -> read(rs.getInt("version"), rs.getDate("effective_from").toLocalDate(),
                        rs.getString("document")))
                .optional().orElseGet(EvaluationModel::defaults);
    }

    /** Every stored version, the latest first. */
    public List<Version> versions() {
        return jdbc.sql("SELECT version, effective_from, created_by, created_at FROM evaluation_model ORDER BY version DESC")
                .query((rs, n) -> new Version(rs.getInt("version"), rs.getDate("effective_from").toLocalDate(),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The stored version, if any. */
    public Optional<EvaluationModel> find(int version) {
        return jdbc.sql("SELECT version, effective_from, document FROM evaluation_model WHERE version = :version")
                .param("version", version)
                .query((rs, n) -> read(rs.getInt("version"), rs.getDate("effective_from").toLocalDate(),
                        rs.getString("document")))
                .optional();
    }

    /**
     * Stores the model as the next version, in force from its day. Two administrators storing at
     * once get consecutive versions or, on the same number, one of them a conflict to retry.
     */
    @Transactional
    public EvaluationModel add(EvaluationModel model, String username) {
        model.check();
        int version = jdbc.sql("SELECT COALESCE(max(version), 0) + 1 FROM evaluation_model").query(Integer.class).single();
        EvaluationModel stored = new EvaluationModel(version, model.effectiveFrom(), model.weights(), model.grades(),
                model.countBands(), model.difficulty());
        try {
            jdbc.sql("""
                    INSERT INTO evaluation_model (version, effective_from, document, created_by, created_at)
                    VALUES (:version, :from, CAST(:document AS JSONB), :by, :at)""")
                    .param("version", version).param("from", Date.valueOf(model.effectiveFrom()))
                    .param("document", JSON.writeValueAsString(stored)).param("by", username)
                    .param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException taken) {
            throw DomainException.stale("evaluation.model.stale", "evaluation model", version - 1);
        }
        events.publishEvent(AuditedChange.of("evaluation-model", String.valueOf(version), "created", null,
                Map.of("effectiveFrom", model.effectiveFrom().toString())));
        return stored;
    }

    private static EvaluationModel read(int version, LocalDate from, String document) {
        EvaluationModel model = JSON.readValue(document, EvaluationModel.class);
        return new EvaluationModel(version, from, model.weights(), model.grades(), model.countBands(),
                model.difficulty());
    }
}
