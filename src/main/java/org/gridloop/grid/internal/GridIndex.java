package org.gridloop.grid.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gridloop.grid.GridPlace;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An immutable spatial index of unit grids: a uniform raster of cells, several per grid, over
 * the extent of all grids. A cell lying wholly inside one grid answers at once; any other cell
 * lists the grids whose bounding box touches it, and a point is tested against those with an
 * indexed point-in-polygon locator. A point on the border of two grids goes to one of them.
 * Safe for concurrent readers.
 */
final class GridIndex {

    /** A grid to index: where a point inside it lies, and its outline. */
    record IndexedGrid(GridPlace place, Polygon outline) {
    }

    private static final int CELLS_PER_GRID = 8;
    private static final GridIndex EMPTY = new GridIndex(List.of());

    private final Envelope extent;
    private final int columns;
    private final int rows;
    private final double columnsPerDegree;
    private final double rowsPerDegree;
    /** Entries of cell {@code c} are {@code entries[cellStart[c] .. cellStart[c + 1])}. */
    private final int[] cellStart;
    /** A grid index, or its complement ({@code ~index}) for the grid covering the whole cell. */
    private final int[] entries;
    private final PointOnGeometryLocator[] locators;
    private final List<Optional<GridPlace>> places;

    private GridIndex(List<IndexedGrid> grids) {
        extent = new Envelope();
        grids.forEach(grid -> extent.expandToInclude(grid.outline().getEnvelopeInternal()));
        int cellCount = Math.max(1, grids.size() * CELLS_PER_GRID);
        double aspect = extent.isNull() || extent.getHeight() == 0 ? 1 : extent.getWidth() / extent.getHeight();
        columns = Math.max(1, (int) Math.ceil(Math.sqrt(cellCount * aspect)));
        rows = Math.max(1, (int) Math.ceil((double) cellCount / columns));
        columnsPerDegree = extent.getWidth() > 0 ? columns / extent.getWidth() : 0;
        rowsPerDegree = extent.getHeight() > 0 ? rows / extent.getHeight() : 0;
        locators = grids.stream().map(grid -> new IndexedPointInAreaLocator(grid.outline()))
                .toArray(PointOnGeometryLocator[]::new);
        places = grids.stream().map(grid -> Optional.of(grid.place())).toList();
        List<List<Integer>> cells = cellEntries(grids);
        cellStart = new int[cells.size() + 1];
        for (int c = 0; c < cells.size(); c++) {
            cellStart[c + 1] = cellStart[c] + cells.get(c).size();
        }
        entries = cells.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    }

    static GridIndex of(List<IndexedGrid> grids) {
        return grids.isEmpty() ? EMPTY : new GridIndex(grids);
    }

    int size() {
        return places.size();
    }

    Optional<GridPlace> locate(double latitude, double longitude) {
        if (!(longitude >= extent.getMinX() && longitude <= extent.getMaxX()
                && latitude >= extent.getMinY() && latitude <= extent.getMaxY())) {
            return Optional.empty();
        }
        int cell = row(latitude) * columns + column(longitude);
        Coordinate point = null;
        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
            int entry = entries[k];
            if (entry < 0) {
                return places.get(~entry);
            }
            if (point == null) {
                point = new Coordinate(longitude, latitude);
            }
            if (locators[entry].locate(point) != Location.EXTERIOR) {
                return places.get(entry);
            }
        }
        return Optional.empty();
    }

    private List<List<Integer>> cellEntries(List<IndexedGrid> grids) {
        List<List<Integer>> cells = new ArrayList<>(columns * rows);
        for (int c = 0; c < columns * rows; c++) {
            cells.add(new ArrayList<>(4));
        }
        int[] coveredBy = new int[columns * rows];
        Arrays.fill(coveredBy, -1);
        for (int i = 0; i < grids.size(); i++) {
            Polygon outline = grids.get(i).outline();
            Envelope envelope = outline.getEnvelopeInternal();
            PreparedGeometry prepared = null;
            for (int row = row(envelope.getMinY()); row <= row(envelope.getMaxY()); row++) {
                for (int column = column(envelope.getMinX()); column <= column(envelope.getMaxX()); column++) {
                    int cell = row * columns + column;
                    Envelope cellEnvelope = cellEnvelope(row, column);
                    if (cornersInside(locators[i], cellEnvelope)) {
                        prepared = prepared != null ? prepared : PreparedGeometryFactory.prepare(outline);
                        if (prepared.covers(outline.getFactory().toGeometry(cellEnvelope))) {
                            coveredBy[cell] = i;
                        }
                    }
                    cells.get(cell).add(i);
                }
            }
        }
        for (int c = 0; c < coveredBy.length; c++) {
            if (coveredBy[c] >= 0) {
                cells.set(c, List.of(~coveredBy[c]));
            }
        }
        return cells;
    }

    private static boolean cornersInside(PointOnGeometryLocator locator, Envelope cell) {
        return locator.locate(new Coordinate(cell.getMinX(), cell.getMinY())) != Location.EXTERIOR
                && locator.locate(new Coordinate(cell.getMaxX(), cell.getMinY())) != Location.EXTERIOR
                && locator.locate(new Coordinate(cell.getMinX(), cell.getMaxY())) != Location.EXTERIOR
                && locator.locate(new Coordinate(cell.getMaxX(), cell.getMaxY())) != Location.EXTERIOR;
    }

    private Envelope cellEnvelope(int row, int column) {
        double minX = extent.getMinX() + column / columnsPerDegree;
        double minY = extent.getMinY() + row / rowsPerDegree;
        return new Envelope(minX, minX + 1 / columnsPerDegree, minY, minY + 1 / rowsPerDegree);
    }

    private int column(double longitude) {
        return Math.min(columns - 1, (int) ((longitude - extent.getMinX()) * columnsPerDegree));
    }

    private int row(double latitude) {
        return Math.min(rows - 1, (int) ((latitude - extent.getMinY()) * rowsPerDegree));
    }
}
