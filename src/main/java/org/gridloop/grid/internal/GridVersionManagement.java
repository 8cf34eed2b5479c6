package org.gridloop.grid.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.grid.GridVersion;
import org.gridloop.grid.internal.GridFile.Feature;
import org.gridloop.grid.internal.GridFile.Format;
import org.gridloop.grid.internal.GridLayer.UnitGridArea;
import org.gridloop.grid.internal.VersionedGridIndex.Version;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a revision of the unit grids as a new version and exports a version. An import is
 * checked whole ({@link GridImportCheck}) before anything is written; a file with any bad
 * feature is refused with all of them ({@link GridImportRefused}). The new version takes effect
 * at its instant: the start of the given day in Asia/Shanghai, or an exact instant; never before
 * today, never at the instant of another version.
 */
@Service
public class GridVersionManagement {

    private static final Logger log = LoggerFactory.getLogger(GridVersionManagement.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_LABEL = 100;

    private final GridVersionStore store;
    private final GridLayers layers;
    private final AreaStore areas;
    private final SpatialGridLookup lookup;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    GridVersionManagement(GridVersionStore store, GridLayers layers, AreaStore areas, SpatialGridLookup lookup,
            Clock clock, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.store = store;
        this.layers = layers;
        this.areas = areas;
        this.lookup = lookup;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
    }

    /** Every version, oldest effective instant first. */
    public List<GridVersion> versions() {
        return lookup.versions();
    }

    /** The id of the version in effect now; 0 before the first version. */
    public int versionInEffect() {
        return lookup.inEffect().map(version -> version.version().id()).orElse(0);
    }

    /**
     * @param format    {@code geojson} or {@code csv}; guessed from the content when blank
     * @param effective a date ({@code 2027-01-01}, start of day in Asia/Shanghai) or an ISO instant
     * @throws GridImportRefused when any feature is bad
     * @throws DomainException   when the label, the date, the format or the file as a whole is wrong
     */
    public GridVersion importVersion(String content, String format, String label, String effective,
            String importedBy) {
        String checkedLabel = label(label);
        Instant effectiveFrom = effectiveFrom(effective);
        if (content == null || content.isBlank()) {
            throw DomainException.invalidField("file", "grid.import.empty", "The file has no features");
        }
        List<Feature> features = GridFile.read(Format.of(format, content), content);
        List<BadFeature> bad = new GridImportCheck(communities()).check(features);
        if (!bad.isEmpty()) {
            throw new GridImportRefused(bad);
        }
        List<UnitGridArea> grids = features.stream().map(feature -> new UnitGridArea(feature.code(),
                feature.code().substring(0, 12), feature.name(), (Polygon) feature.geometry())).toList();
        GridVersion version = transactions.execute(status -> {
            GridVersion added = store.add(checkedLabel, effectiveFrom, clock.instant(), importedBy, grids);
            events.publishEvent(AuditedChange.of("grid-version", String.valueOf(added.id()), "import", null, added));
            return added;
        });
        lookup.reload();
        log.info("Grid version {} \"{}\" imported by {}: {} unit grids, effective {}", version.id(), version.label(),
                importedBy, version.gridCount(), version.effectiveFrom());
        return version;
    }

    /**
     * The communities a unit grid may lie in: those of the current area revision; on a database
     * filled before areas were imported, those of the directory tables.
     */
    private java.util.Map<String, ? extends org.locationtech.jts.geom.Geometry> communities() {
        var imported = areas.currentCommunityOutlines();
        return imported.isEmpty() && areas.current().isEmpty() ? layers.communityOutlines() : imported;
    }

    /** The version with the id, or the version in effect when the id is null. */
    public GridVersion version(Integer id) {
        return resolve(id).version();
    }

    /** The grids of a version as a GeoJSON FeatureCollection (RFC 7946). */
    public String exportGeoJson(Integer id) {
        Version version = resolve(id);
        return GridExport.geoJson(version, layers.gridNames(version.version().id()));
    }

    /** The grids of a version as CSV with the outline as WKT. */
    public String exportCsv(Integer id) {
        Version version = resolve(id);
        return GridExport.csv(version, layers.gridNames(version.version().id()));
    }

    private Version resolve(Integer id) {
        if (id == null) {
            return lookup.inEffect().orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                    "grid.version.none", "No grid version is in effect"));
        }
        return lookup.version(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "grid.version.unknown", "No grid version " + id, id));
    }

    private static String label(String label) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
            throw DomainException.invalidField("label", "grid.import.label", "A label of 1 to 100 characters is needed");
        }
        return label.strip();
    }

    private Instant effectiveFrom(String effective) {
        Instant instant = parseInstant(effective);
        Instant startOfToday = LocalDate.ofInstant(clock.instant(), ZONE).atStartOfDay(ZONE).toInstant();
        if (instant.isBefore(startOfToday)) {
            throw DomainException.invalidField("effectiveFrom", "grid.import.effective-past",
                    "A new version takes effect today or later");
        }
        if (store.hasVersionAt(instant)) {
            throw DomainException.invalidField("effectiveFrom", "grid.import.effective-taken",
                    "Another version takes effect at that instant");
        }
        return instant;
    }

    private static Instant parseInstant(String effective) {
        if (effective != null) {
            String text = effective.strip();
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZONE).toInstant()
                        : OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw DomainException.invalidField("effectiveFrom", "grid.import.effective",
                "The effective date is a date (2027-01-01) or an instant (2027-01-01T00:00:00+08:00)");
    }
}
