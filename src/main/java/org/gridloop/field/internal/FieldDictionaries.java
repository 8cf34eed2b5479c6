package org.gridloop.field.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.field.internal.FieldDictionary.ClassEntry;
import org.gridloop.field.internal.FieldDictionary.UnitGridEntry;
import org.gridloop.field.internal.FieldDictionary.WorkGridEntry;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridPlace;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Puts together the {@link FieldDictionary} of one inspector from the catalog and the grids. */
@Service
public class FieldDictionaries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Categories categories;
    private final WorkGrids workGrids;
    private final GridDirectory grids;
    private final FieldProperties properties;

    FieldDictionaries(Categories categories, WorkGrids workGrids, GridDirectory grids, FieldProperties properties) {
        this.categories = categories;
        this.workGrids = workGrids;
        this.grids = grids;
        this.properties = properties;
    }

    public FieldDictionary of(String inspector) {
        List<ClassEntry> classes = categories.reportable().stream().map(FieldDictionaries::entry).toList();
        List<WorkGrid> assigned = workGrids.assignedTo(inspector);
        List<WorkGridEntry> works = assigned.stream().map(work -> new WorkGridEntry(work.code(), work.name(),
                work.subdistrictCode(), work.unitGrids().stream().map(GridCode::value).toList())).toList();
        Set<GridCode> unitCodes = new LinkedHashSet<>();
        assigned.forEach(work -> unitCodes.addAll(work.unitGrids()));
        List<UnitGridEntry> units = new ArrayList<>();
        for (GridCode code : unitCodes) {
            List<double[]> ring = grids.outlineGeoJson(code).map(FieldDictionaries::outerRing).orElse(List.of());
            String name = grids.grid(code).map(GridPlace::communityName).orElse(code.value());
            units.add(new UnitGridEntry(code.value(), name, ring));
        }
        FieldDictionary unversioned = new FieldDictionary(null, categories.activeScheme(),
                properties.maxAccuracyMeters(), classes, works, units);
        return new FieldDictionary(versionOf(unversioned), unversioned.scheme(), unversioned.accuracyLimitMeters(),
                classes, works, units);
    }

    private static ClassEntry entry(Category category) {
        return new ClassEntry(category.kind().name().toLowerCase(Locale.ROOT), category.code(), category.majorCode(),
                category.majorName(), category.name(), null, FieldDictionaryInitials.of(category.name()));
    }

    /** The outer ring of a GeoJSON Polygon geometry as {@code [lat, lon]} pairs, six decimals. */
    static List<double[]> outerRing(String polygon) {
        JsonNode coordinates = JSON.readTree(polygon).path("coordinates").path(0);
        List<double[]> ring = new ArrayList<>(coordinates.size());
        for (JsonNode point : coordinates) {
            ring.add(new double[] {round(point.path(1).asDouble()), round(point.path(0).asDouble())});
        }
        return ring;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String versionOf(FieldDictionary content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(content)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
