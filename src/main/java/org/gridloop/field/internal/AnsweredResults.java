package org.gridloop.field.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The task results each inspector's client sent and the server carried out, by the client's id
 * of the result ({@code field_answered_result}).
 */
@Repository
class AnsweredResults {

    private final JdbcClient jdbc;

    AnsweredResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the client id for the result within the current transaction.
     *
     * @return {@code false} when an earlier sync already carried out a result of that id
     */
    boolean claim(String inspector, String clientId, String caseNumber, String action, Instant at) {
        return jdbc.sql("""
                INSERT INTO field_answered_result (inspector, client_id, case_number, action, answered_at)
                VALUES (:inspector, :clientId, :caseNumber, :action, :at)
                ON CONFLICT (inspector, client_id) DO NOTHING""")
                .param("inspector", inspector).param("clientId", clientId).param("caseNumber", caseNumber)
                .param("action", action).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The case of the result carried out under the client id, if any. */
    Optional<String> caseOf(String inspector, String clientId) {
        return jdbc.sql("SELECT case_number FROM field_answered_result WHERE inspector = :inspector "
                + "AND client_id = :clientId").param("inspector", inspector).param("clientId", clientId)
                .query(String.class).optional();
    }
}
