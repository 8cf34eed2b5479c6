package org.gridloop.asset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores census proposals in {@code asset_census_proposal}. */
@Repository
public class CensusProposals {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CensusProposals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long add(CensusProposal proposal) {
        return jdbc.sql("""
                        INSERT INTO asset_census_proposal (kind, identifier, class_code, grid_code, latitude, longitude,
                               proposed, base_version, photo_id, note, proposed_by, proposed_at)
                        VALUES (:kind, :identifier, :class, :grid, :latitude, :longitude, CAST(:proposed AS JSONB),
                               :base, :photo, :note, :by, :at)
                        RETURNING id""")
                .param("kind", proposal.kind().name()).param("identifier", proposal.identifier())
                .param("class", proposal.classCode()).param("grid", proposal.gridCode())
                .param("latitude", proposal.latitude()).param("longitude", proposal.longitude())
                .param("proposed", json.writeValueAsString(proposal.proposed()))
                .param("base", proposal.baseVersion())
                .param("photo", proposal.photoId() == null ? null : UUID.fromString(proposal.photoId()))
                .param("note", proposal.note()).param("by", proposal.proposedBy())
                .param("at", Timestamp.from(proposal.proposedAt()))
                .query(Long.class).single();
    }

    public Optional<CensusProposal> find(long id) {
        return jdbc.sql("SELECT * FROM asset_census_proposal WHERE id = :id").param("id", id)
                .query((rs, row) -> proposal(rs)).optional();
    }

    /** The proposal, its row locked until the transaction ends, so that one review decides it. */
    Optional<CensusProposal> lock(long id) {
        return jdbc.sql("SELECT * FROM asset_census_proposal WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, row) -> proposal(rs)).optional();
    }

    /**
     * The proposals in a state (every state when null) of one inspector (everyone's when null),
     * oldest first, at most {@code limit}.
     */
    public List<CensusProposal> list(CensusProposal.State state, String proposedBy, int limit) {
        return jdbc.sql("SELECT * FROM asset_census_proposal WHERE (CAST(:state AS VARCHAR) IS NULL OR state = :state) "
                        + "AND (CAST(:by AS VARCHAR) IS NULL OR proposed_by = :by) ORDER BY id LIMIT :limit")
                .param("state", state == null ? null : state.name()).param("by", proposedBy).param("limit", limit)
                .query((rs, row) -> proposal(rs)).list();
    }

    void decide(long id, CensusProposal.State state, String identifier, String reviewedBy, Instant at, String reason) {
        jdbc.sql("""
                        UPDATE asset_census_proposal SET state = :state, identifier = COALESCE(:identifier, identifier),
                               reviewed_by = :by, reviewed_at = :at, review_reason = :reason
                        WHERE id = :id AND state = 'PENDING'""")
                .param("id", id).param("state", state.name()).param("identifier", identifier)
                .param("by", reviewedBy).param("at", Timestamp.from(at)).param("reason", reason).update();
    }

    private CensusProposal proposal(ResultSet rs) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        Integer base = (Integer) rs.getObject("base_version");
        Object photo = rs.getObject("photo_id");
        return new CensusProposal(rs.getLong("id"), CensusProposal.Kind.valueOf(rs.getString("kind")),
                rs.getString("identifier"), rs.getString("class_code"), rs.getString("grid_code"),
                rs.getDouble("latitude"), rs.getDouble("longitude"),
                json.readValue(rs.getString("proposed"), AssetDraft.class), base,
                photo == null ? null : photo.toString(), rs.getString("note"), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), CensusProposal.State.valueOf(rs.getString("state")),
                rs.getString("reviewed_by"), reviewed == null ? null : reviewed.toInstant(),
                rs.getString("review_reason"));
    }
}
