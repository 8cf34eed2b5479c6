package org.gridloop.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridloop.DomainException;
import org.gridloop.ImageType;
import org.gridloop.DomainException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stores the photos attached to reports and case steps on the file system, after checking that
 * they are JPEG, PNG or WebP images (by their content, not their name) within the size limit.
 *
 * <p>A photo uploaded ahead of its report belongs to its uploader alone until a report or step
 * attaches it to a case; from then on it belongs to that case, readable within the case's scope
 * and attachable to no other. An account holds at most so many unattached photos
 * ({@link PhotoLimits}); those never attached are removed after a while ({@link #removeUnattached}).
 */
@Service
@EnableConfigurationProperties(PhotoLimits.class)
public class Photos {

    /**
     * A stored photo and where its bytes are.
     *
     * @param caseNumber the case it is attached to, {@code null} while it is not
     */
    public record StoredPhoto(String id, String contentType, long size, Path file, String uploadedBy,
            String caseNumber) {

        public boolean attached() {
            return caseNumber != null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Photos.class);

    private final JdbcClient jdbc;
    private final Path directory;
    private final PhotoLimits limits;
    private final Clock clock;

    Photos(JdbcClient jdbc, @Value("${gridloop.photos.directory:data/photos}") Path directory, PhotoLimits limits,
            Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory.toAbsolutePath();
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * @param field the request field the photo came in, named in errors
     * @return the photo's identifier
     */
    public String store(String field, byte[] bytes, String uploadedBy) {
        String contentType = check(field, bytes);
        checkQuota(field, bytes.length, uploadedBy);
        String id = UUID.randomUUID().toString();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        Path relative = Path.of(String.valueOf(now.getYear()), "%02d".formatted(now.getMonthValue()),
                id + extension(contentType));
        write(directory.resolve(relative), bytes);
        jdbc.sql("""
                INSERT INTO intake_photo (id, content_type, size_bytes, path, uploaded_by, stored_at)
                VALUES (:id, :type, :size, :path, :by, :at)""")
                .param("id", UUID.fromString(id)).param("type", contentType).param("size", bytes.length)
                .param("path", relative.toString()).param("by", uploadedBy)
                .param("at", java.sql.Timestamp.from(now.toInstant()))
                .update();
        return id;
    }

    /** A problem of the field {@code photos} for each id that names no stored photo. */
    public List<FieldProblem> unknown(List<String> ids) {
        return unknown("photos", ids);
    }

    /** A problem of the field for each id that names no stored photo. */
    public List<FieldProblem> unknown(String field, List<String> ids) {
        return ids.stream().filter(id -> !exists(id))
                .map(id -> new FieldProblem(field, "report.photos.unknown",
                        "Unknown photo " + id))
                .toList();
    }

    /** A problem of the field {@code photos} when a report or step carries more than its share. */
    public List<FieldProblem> tooMany(int count) {
        return tooMany("photos", count);
    }

    /** A problem of the field when a report or step carries more than its share. */
    public List<FieldProblem> tooMany(String field, int count) {
        return count <= limits.perReport() ? List.of() : List.of(new FieldProblem(field, "photo.tooMany",
                "At most " + limits.perReport() + " photos"));
    }

    /**
     * Attaches the photos to the case, in the caller's transaction: each must be unattached and
     * uploaded by the actor, or attached to this case already.
     *
     * @throws DomainException {@code INVALID} naming {@code photos} when one is neither
     */
    public void attach(List<String> ids, String caseNumber, String actor) {
        attach("photos", ids, caseNumber, actor);
    }

    /**
     * Attaches the photos sent in the field to the case, as {@link #attach(List, String, String)}.
     *
     * @throws DomainException {@code INVALID} naming the field when one is not the actor's to attach
     */
    public void attach(String field, List<String> ids, String caseNumber, String actor) {
        List<UUID> uuids = ids.stream().distinct().map(Photos::parse).flatMap(Optional::stream).toList();
        if (uuids.isEmpty()) {
            return;
        }
        int usable = jdbc.sql("""
                UPDATE intake_photo SET case_number = :case, attached_at = coalesce(attached_at, :at)
                WHERE id = ANY(:ids) AND (case_number = :case OR case_number IS NULL AND uploaded_by = :actor)""")
                .param("case", caseNumber).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("ids", uuids.toArray(UUID[]::new)).param("actor", actor).update();
        if (usable != uuids.size()) {
            throw DomainException.invalidField(field, "photo.notYours",
                    "A photo belongs to another case or was uploaded by someone else");
        }
    }

    /**
     * Removes the photos stored before the instant and never attached, files and rows; each node
     * may run it, a row is removed by one of them.
     *
     * @return how many were removed
     */
    public int removeUnattached(java.time.Instant storedBefore) {
        List<String> paths = jdbc.sql("""
                DELETE FROM intake_photo WHERE id IN (SELECT id FROM intake_photo
                    WHERE case_number IS NULL AND stored_at < :before LIMIT 1000 FOR UPDATE SKIP LOCKED)
                RETURNING path""")
                .param("before", java.sql.Timestamp.from(storedBefore)).query(String.class).list();
        for (String path : paths) {
            try {
                Files.deleteIfExists(directory.resolve(path));
            } catch (IOException e) {
                log.warn("Cannot remove the unattached photo {}", path, e);
            }
        }
        return paths.size();
    }

    /** How long an unattached photo is kept. */
    public java.time.Duration unattachedRetention() {
        return limits.unattachedRetention();
    }

    public boolean exists(String id) {
        return parse(id).map(uuid -> jdbc.sql("SELECT count(*) FROM intake_photo WHERE id = :id")
                .param("id", uuid).query(Long.class).single() > 0).orElse(false);
    }

    public Optional<StoredPhoto> find(String id) {
        return parse(id).flatMap(uuid -> jdbc.sql(
                "SELECT id, content_type, size_bytes, path, uploaded_by, case_number FROM intake_photo WHERE id = :id")
                .param("id", uuid)
                .query((rs, n) -> new StoredPhoto(rs.getString("id"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), directory.resolve(rs.getString("path")), rs.getString("uploaded_by"),
                        rs.getString("case_number")))
                .optional());
    }

    /**
     * Checks that the bytes are an accepted image within the size limit.
     *
     * @return the image's content type
     * @throws DomainException {@code INVALID} naming the field
     */
    public String check(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalidField(field, "photo.empty", "The photo is empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw DomainException.invalidField(field, "photo.tooLarge",
                    "The photo is larger than " + limits.maxBytes() / 1024 / 1024 + " MB");
        }
        return ImageType.of(bytes).orElseThrow(() -> DomainException.invalidField(field, "photo.notImage",
                "The file is not a JPEG, PNG or WebP image"));
    }

    /**
     * Refuses an upload beyond the account's share of unattached photos (a soft limit: uploads
     * racing each other may pass it by one).
     */
    private void checkQuota(String field, long size, String uploadedBy) {
        var held = jdbc.sql("""
                SELECT count(*) AS photos, coalesce(sum(size_bytes), 0) AS bytes FROM intake_photo
                WHERE case_number IS NULL AND uploaded_by = :by""")
                .param("by", uploadedBy).query((rs, n) -> new long[] {rs.getLong("photos"), rs.getLong("bytes")})
                .single();
        if (held[0] >= limits.unattachedPerAccount() || held[1] + size > limits.unattachedBytesPerAccount()) {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "photo.quota",
                    "You hold too many photos not attached to a report yet; send your reports first",
                    List.of(new FieldProblem(field, "photo.quota", "too many unattached photos")),
                    limits.unattachedPerAccount());
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "upload", ".part");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store photo " + file, e);
        }
    }
}
