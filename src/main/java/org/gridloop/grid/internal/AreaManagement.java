package org.gridloop.grid.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.grid.AreaRevision;
import org.gridloop.grid.internal.AreaFile.AreaFeature;
import org.gridloop.grid.internal.GridFile.Format;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the administrative areas (行政区划) of the platform's district and exports them. An
 * import holds the whole district: its outline, every subdistrict and every community. It is
 * checked whole ({@link AreaImportCheck}) before anything is written; a file with any bad feature
 * is refused with all of them. An import that changes anything becomes a new revision, dated when
 * it was imported, and fills the subdistricts and communities the unit grids refer to; one that
 * changes nothing leaves the current revision as it is.
 */
@Service
public class AreaManagement {

    /** The outcome of an import: the current revision, and whether the import made it. */
    public record AreaImport(AreaRevision revision, boolean changed) {
    }

    private static final Logger log = LoggerFactory.getLogger(AreaManagement.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_LABEL = 100;

    private final AreaStore store;
    private final SpatialGridLookup lookup;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    AreaManagement(AreaStore store, SpatialGridLookup lookup, Clock clock, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.store = store;
        this.lookup = lookup;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
    }

    /** Every revision, newest first. */
    public List<AreaRevision> revisions() {
        return store.revisions();
    }

    /** The areas of the current revision, of one level or all when the level is blank; empty before the first import. */
    public List<Area> areas(String level) {
        Optional<AreaLevel> wanted = Optional.empty();
        if (level != null && !level.isBlank()) {
            wanted = Optional.of(AreaLevel.of(level).orElseThrow(() -> DomainException.invalidField("level",
                    "grid.area.level", "The level is district, subdistrict or community")));
        }
        Optional<AreaLevel> filter = wanted;
        return store.current().map(revision -> store.areas(revision.id())).orElse(List.of()).stream()
                .filter(area -> filter.map(only -> only == area.level()).orElse(true)).toList();
    }

    /** The areas of the current revision as a GeoJSON FeatureCollection that the import reads back. */
    public String exportGeoJson() {
        return AreaExport.geoJson(areas(null));
    }

    /**
     * @param format {@code geojson} or {@code csv}; guessed from the content when blank
     * @param label  what the revision is called; the date of the import when blank
     * @throws GridImportRefused when any feature is bad (message {@code grid.area.import.refused})
     * @throws DomainException   when the label, the format or the file as a whole is wrong
     */
    public AreaImport importAreas(String content, String format, String label, String importedBy) {
        String checkedLabel = label(label);
        if (content == null || content.isBlank()) {
            throw DomainException.invalidField("file", "grid.import.empty", "The file has no features");
        }
        return importFeatures(AreaFile.read(Format.of(format, content), content), checkedLabel, importedBy);
    }

    /** Imports areas given as features, as a file would give them; checked and written as {@link #importAreas}. */
    AreaImport importFeatures(List<AreaFeature> features, String label, String importedBy) {
        Optional<AreaRevision> current = store.current();
        List<BadFeature> bad = new AreaImportCheck(current.map(AreaRevision::districtCode).orElse(null))
                .check(features);
        if (!bad.isEmpty()) {
            throw new GridImportRefused("grid.area.import.refused", bad);
        }
        List<Area> areas = features.stream().map(AreaManagement::area).sorted(Comparator.comparing(Area::code))
                .toList();
        if (current.isPresent() && same(store.areas(current.get().id()), areas)) {
            return new AreaImport(current.get(), false);
        }
        String revisionLabel = label != null ? label : LocalDate.ofInstant(clock.instant(), ZONE).toString();
        AreaRevision revision = transactions.execute(status -> {
            AreaRevision added = store.add(revisionLabel, clock.instant(), importedBy, areas);
            events.publishEvent(AuditedChange.of("area", added.districtCode(), "import",
                    current.map(AreaManagement::summary).orElse(null), summary(added)));
            return added;
        });
        lookup.reload();
        log.info("Area revision {} \"{}\" imported by {}: district {}, {} subdistricts, {} communities",
                revision.id(), revision.label(), importedBy, revision.districtCode(), revision.subdistrictCount(),
                revision.communityCount());
        return new AreaImport(revision, true);
    }

    private static Area area(AreaFeature feature) {
        AreaLevel level = AreaLevel.of(feature.level()).orElseThrow();
        return new Area(feature.code(), level, level.parentCode(feature.code()), feature.name(), feature.geometry());
    }

    private static boolean same(List<Area> stored, List<Area> imported) {
        if (stored.size() != imported.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            Area a = stored.get(i);
            Area b = imported.get(i);
            if (!a.code().equals(b.code()) || a.level() != b.level() || !a.name().equals(b.name())
                    || !Objects.equals(GeoJsonPolygons.toGeoJson(a.outline()), GeoJsonPolygons.toGeoJson(b.outline()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> summary(AreaRevision revision) {
        return Map.of("revision", revision.id(), "label", revision.label(), "district", revision.districtCode(),
                "subdistricts", revision.subdistrictCount(), "communities", revision.communityCount());
    }

    private static String label(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        if (label.strip().length() > MAX_LABEL) {
            throw DomainException.invalidField("label", "grid.import.label", "A label of 1 to 100 characters is needed");
        }
        return label.strip();
    }
}
