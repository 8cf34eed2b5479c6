package org.gridloop.asset.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.ImageType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The photos of census proposals, kept in {@code asset_census_photo} after the checks photos of
 * reports get: JPEG, PNG or WebP by their content, within the size limit.
 */
@Repository
public class CensusPhotos {

    /** A stored photo. */
    public record Photo(String contentType, byte[] bytes) {
    }

    /** A photo no proposal refers to yet. */
    private static final String UNATTACHED =
            "NOT EXISTS (SELECT 1 FROM asset_census_proposal c WHERE c.photo_id = p.id)";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final long maxBytes;
    private final int unattachedPerAccount;

    CensusPhotos(JdbcClient jdbc, java.time.Clock clock,
            @Value("${gridloop.photos.max-bytes:8388608}") long maxBytes,
            @Value("${gridloop.photos.unattached-per-account:60}") int unattachedPerAccount) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.unattachedPerAccount = unattachedPerAccount;
    }

    /** Stores the photo and answers its id. */
    public String store(byte[] bytes, String uploadedBy) {
        if (bytes == null || bytes.length == 0) {
            throw refused("asset.census.photo.missing", "The photo is empty");
        }
        if (bytes.length > maxBytes) {
            throw refused("asset.census.photo.size", "The photo is larger than allowed");
        }
        String type = ImageType.of(bytes).orElseThrow(() -> refused("asset.census.photo.type",
                "The photo is not a JPEG, PNG or WebP image"));
        int held = jdbc.sql("SELECT count(*) FROM asset_census_photo p WHERE uploaded_by = :by AND " + UNATTACHED)
                .param("by", uploadedBy).query(Integer.class).single();
        if (held >= unattachedPerAccount) {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "photo.quota",
                    "You hold too many photos not sent with a proposal yet",
                    List.of(new FieldProblem("photo", "asset.census.photo.quota", "too many unattached photos")),
                    unattachedPerAccount);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO asset_census_photo (id, content_type, size_bytes, bytes, uploaded_by, stored_at)
                        VALUES (:id, :type, :size, :bytes, :by, :at)""")
                .param("id", id).param("type", type).param("size", bytes.length).param("bytes", bytes)
                .param("by", uploadedBy).param("at", Timestamp.from(clock.instant())).update();
        return id.toString();
    }

    public Optional<Photo> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT content_type, bytes FROM asset_census_photo WHERE id = :id").param("id", uuid)
                .query((rs, row) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /**
     * Removes the photos stored before the instant that no proposal refers to.
     *
     * @return how many were removed
     */
    int removeUnattached(java.time.Instant storedBefore) {
        return jdbc.sql("DELETE FROM asset_census_photo p WHERE stored_at < :before AND " + UNATTACHED)
                .param("before", Timestamp.from(storedBefore)).update();
    }

    /** Whether the photo exists and was uploaded by the user. */
    boolean uploadedBy(String id, String username) {
        try {
            return jdbc.sql("SELECT EXISTS (SELECT 1 FROM asset_census_photo WHERE id = :id AND uploaded_by = :by)")
                    .param("id", UUID.fromString(id)).param("by", username).query(Boolean.class).single();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DomainException refused(String code, String message) {
        return new DomainException(DomainException.Kind.INVALID, code, message,
                List.of(new FieldProblem("photo", code, message)));
    }
}
