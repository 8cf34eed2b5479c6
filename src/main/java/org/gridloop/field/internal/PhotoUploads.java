package org.gridloop.field.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.DomainException.Kind;
import org.gridloop.ImageType;
import org.gridloop.intake.PhotoLimits;
import org.gridloop.intake.Photos;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resumable photo uploads of the field app ({@code field_photo_upload}): a photo named by the
 * SHA-256 of its content arrives in chunks, each at the offset received so far; when the last
 * one arrives the whole is checked (hash, type, size) and stored once through {@link Photos}.
 * The same content again answers the same photo id while that photo is attached to no case. A first chunk that is no image, or a total
 * over the size limit, is refused before anything is kept. Uploads are dropped
 * {@value #KEEP_HOURS} hours after their last chunk.
 */
@Service
public class PhotoUploads {

    public static final int MAX_CHUNK = 256 * 1024;
    static final int KEEP_HOURS = 24;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,10})-(\\d{1,10})/(\\d{1,10})");

    /** Where an upload stands: bytes received, and the photo id once stored. */
    public record Progress(long offset, Optional<String> photoId) {
    }

    /** @param created {@code true} when this chunk completed the photo and stored it */
    public record Stored(String photoId, boolean created) {
    }

    private final JdbcClient jdbc;
    private final Photos photos;
    private final PhotoLimits limits;
    private final Clock clock;

    PhotoUploads(JdbcClient jdbc, Photos photos, PhotoLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.photos = photos;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Where the upload of this content by this uploader stands. A finished upload whose photo has
     * since been attached to a case or removed unattached counts as not begun, so the same content
     * sent again for another report becomes a photo of its own.
     */
    public Progress progress(String sha256, String uploader) {
        checkHash(sha256);
        return row(sha256, uploader).progress();
    }

    /** The stored upload; {@code stalePhoto} is the photo of a finished upload that can no longer be reused. */
    private record Row(long received, String photoId, String stalePhoto) {

        Progress progress() {
            return new Progress(photoId != null ? 0 : received, Optional.ofNullable(photoId));
        }
    }

    private Row row(String sha256, String uploader) {
        Row row = jdbc.sql("SELECT length(received) AS received, photo_id FROM field_photo_upload "
                + "WHERE sha256 = :sha AND uploader = :uploader").param("sha", sha256).param("uploader", uploader)
                .query((rs, n) -> new Row(rs.getLong("received"), rs.getString("photo_id"), null))
                .optional().orElse(new Row(0, null, null));
        if (row.photoId() != null && !attachable(row.photoId())) {
            return new Row(0, null, row.photoId());
        }
        return row;
    }

    private boolean attachable(String photoId) {
        return photos.find(photoId).filter(photo -> !photo.attached()).isPresent();
    }

    /**
     * Takes one chunk.
     *
     * @return the stored photo once complete, empty while more is expected
     * @throws DomainException INVALID for a bad range, hash, type or size; CONFLICT (with the
     *                         offset as argument) for a chunk not at the offset received so far
     */
    @Transactional
    public Optional<Stored> receive(String sha256, String uploader, String contentRange, byte[] chunk) {
        checkHash(sha256);
        Matcher range = contentRange == null ? null : RANGE.matcher(contentRange.trim());
        if (range == null || !range.matches()) {
            throw DomainException.invalidField("Content-Range", "field.photo.range", "bytes first-last/total");
        }
        long first = Long.parseLong(range.group(1));
        long last = Long.parseLong(range.group(2));
        long total = Long.parseLong(range.group(3));
        if (last < first || last >= total || chunk.length != last - first + 1 || chunk.length > MAX_CHUNK) {
            throw DomainException.invalidField("Content-Range", "field.photo.range", "bytes first-last/total");
        }
        if (total > limits.maxBytes()) {
            throw DomainException.invalidField("photo", "photo.tooLarge",
                    "The photo is larger than " + limits.maxBytes() / 1024 / 1024 + " MB");
        }
        Row row = row(sha256, uploader);
        if (row.photoId() != null) {
            return Optional.of(new Stored(row.photoId(), false));
        }
        if (first == 0 && ImageType.of(chunk).isEmpty()) {
            throw DomainException.invalidField("photo", "photo.notImage", "The file is not a JPEG, PNG or WebP image");
        }
        if (first != row.received() || !append(sha256, uploader, first, total, chunk, row.stalePhoto())) {
            throw new DomainException(Kind.CONFLICT, "field.photo.offset", "The upload stands at another offset",
                    List.of(new FieldProblem("Content-Range", "field.photo.offset", "not at the upload offset")),
                    row(sha256, uploader).progress().offset());
        }
        if (last + 1 < total) {
            return Optional.empty();
        }
        byte[] whole = jdbc.sql("SELECT received FROM field_photo_upload WHERE sha256 = :sha AND uploader = :uploader")
                .param("sha", sha256).param("uploader", uploader).query(byte[].class).single();
        if (!sha256(whole).equals(sha256)) {
            jdbc.sql("DELETE FROM field_photo_upload WHERE sha256 = :sha AND uploader = :uploader")
                    .param("sha", sha256).param("uploader", uploader).update();
            throw DomainException.invalidField("sha256", "field.photo.hash", "the photo's SHA-256 differs");
        }
        String id = photos.store("photo", whole, uploader);
        jdbc.sql("UPDATE field_photo_upload SET photo_id = :id, received = ''::bytea, updated_at = :at "
                + "WHERE sha256 = :sha AND uploader = :uploader").param("id", id)
                .param("at", Timestamp.from(clock.instant())).param("sha", sha256).param("uploader", uploader).update();
        return Optional.of(new Stored(id, true));
    }

    /**
     * Appends the chunk when the upload stands at its first byte; {@code false} when another chunk
     * came first. A first chunk begins anew over an empty upload or over the finished upload of
     * {@code stalePhoto}.
     */
    private boolean append(String sha256, String uploader, long first, long total, byte[] chunk, String stalePhoto) {
        Timestamp now = Timestamp.from(clock.instant());
        if (first == 0) {
            return jdbc.sql("INSERT INTO field_photo_upload (sha256, uploader, total, received, updated_at) "
                    + "VALUES (:sha, :uploader, :total, :chunk, :at) ON CONFLICT (sha256, uploader) DO UPDATE "
                    + "SET total = EXCLUDED.total, received = EXCLUDED.received, updated_at = EXCLUDED.updated_at, "
                    + "photo_id = NULL WHERE (field_photo_upload.photo_id IS NULL AND length(field_photo_upload.received) = 0) "
                    + "OR field_photo_upload.photo_id = :stale")
                    .param("sha", sha256).param("uploader", uploader).param("total", total).param("chunk", chunk)
                    .param("at", now).param("stale", stalePhoto).update() == 1;
        }
        return jdbc.sql("UPDATE field_photo_upload SET received = received || :chunk, updated_at = :at "
                + "WHERE sha256 = :sha AND uploader = :uploader AND photo_id IS NULL AND length(received) = :first "
                + "AND total = :total").param("chunk", chunk).param("at", now).param("sha", sha256)
                .param("uploader", uploader).param("first", first).param("total", total).update() == 1;
    }

    /** Drops the uploads untouched for a day, finished or not. */
    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void dropOld() {
        jdbc.sql("DELETE FROM field_photo_upload WHERE updated_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofHours(KEEP_HOURS)))).update();
    }

    private static void checkHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw DomainException.invalidField("sha256", "field.photo.hash", "64 lower-case hex digits");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
