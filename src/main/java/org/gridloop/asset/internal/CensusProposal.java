package org.gridloop.asset.internal;

import java.time.Instant;

/**
 * A change of the register proposed from the field (部件普查) and its review. A proposal starts
 * pending; an administrator approves it (the register changes, with history) or rejects it with
 * a reason. Either decision is final.
 *
 * @param identifier  the asset changed or removed; for a new asset the identifier given on approval
 * @param proposed    the asset as proposed
 * @param baseVersion the version of the asset the inspector saw (change, removal)
 */
public record CensusProposal(long id, Kind kind, String identifier, String classCode, String gridCode,
        double latitude, double longitude, AssetDraft proposed, Integer baseVersion, String photoId, String note,
        String proposedBy, Instant proposedAt, State state, String reviewedBy, Instant reviewedAt,
        String reviewReason) {

    /** What the inspector proposes. */
    public enum Kind {
        /** 新增: an asset not in the register. */
        NEW,
        /** 变更: other attributes, position or status of a registered asset. */
        CHANGE,
        /** 移除: the asset is no longer in the field. */
        REMOVE
    }

    /** Where the proposal stands. */
    public enum State {
        /** Waiting for review. */
        PENDING,
        /** Applied to the register. */
        APPROVED,
        /** Not applied, with a reason. */
        REJECTED
    }
}
