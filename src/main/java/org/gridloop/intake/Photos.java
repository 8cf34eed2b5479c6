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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stores the photos attached to reports and case steps on the file system, after checking that
 * they are JPEG, PNG or WebP images (by their content, not their name) within the size limit.
 */
@Service
public class Photos {

    /** A stored photo and where its bytes are. */
    public record StoredPhoto(String id, String contentType, long size, Path file) {
    }

    private final JdbcClient jdbc;
    private final Path directory;
    private final long maxBytes;
    private final Clock clock;

    Photos(JdbcClient jdbc, @Value("${gridloop.photos.directory:data/photos}") Path directory,
            @Value("${gridloop.photos.max-bytes:8388608}") long maxBytes, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory.toAbsolutePath();
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * @param field the request field the photo came in, named in errors
     * @return the photo's identifier
     */
    public String store(String field, byte[] bytes, String uploadedBy) {
        String contentType = check(field, bytes);
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
        return ids.stream().filter(id -> !exists(id))
                .map(id -> new FieldProblem("photos", "report.photos.unknown",
                        "Unknown photo " + id))
                .toList();
    }

    public boolean exists(String id) {
        return parse(id).map(uuid -> jdbc.sql("SELECT count(*) FROM intake_photo WHERE id = :id")
                .param("id", uuid).query(Long.class).single() > 0).orElse(false);
    }

    public Optional<StoredPhoto> find(String id) {
        return parse(id).flatMap(uuid -> jdbc.sql(
                "SELECT id, content_type, size_bytes, path FROM intake_photo WHERE id = :id")
                .param("id", uuid)
                .query((rs, n) -> new StoredPhoto(rs.getString("id"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), directory.resolve(rs.getString("path"))))
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
        if (bytes.length > maxBytes) {
            throw DomainException.invalidField(field, "photo.tooLarge", "The photo is larger than " + maxBytes / 1024 / 1024 + " MB");
        }
        return ImageType.of(bytes).orElseThrow(() -> DomainException.invalidField(field, "photo.notImage",
                "The file is not a JPEG, PNG or WebP image"));
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
