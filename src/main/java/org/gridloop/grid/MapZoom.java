package org.gridloop.grid;

import org.gridloop.DomainException;

/** The zoom level a map layer is asked for, as Leaflet and the Web Mercator tiles count it. */
public final class MapZoom {

    /** The deepest zoom a map layer answers. */
    public static final int MAX = 22;

    /** The side of a cluster cell in screen pixels: a 256-pixel tile holds 4 × 4 cells. */
    public static final int CELL_PIXELS = 64;

    private MapZoom() {
    }

    /**
     * How many cluster cells span the world's width at the zoom. Every clustered layer counts in
     * these cells, aligned to the Web Mercator tiles, so that their clusters line up.
     */
    public static double cellsPerWorld(int zoom) {
        return Math.scalb(256.0 / CELL_PIXELS, zoom);
    }

    /**
     * Reads the {@code zoom} request parameter of a map layer.
     *
     * @throws DomainException naming the field {@code zoom} unless it is a whole number from 0 to {@value #MAX}
     */
    public static int ofParameter(String text) {
        try {
            int zoom = Integer.parseInt(text == null ? "" : text.strip());
            if (zoom >= 0 && zoom <= MAX) {
                return zoom;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw DomainException.invalidField("zoom", "map.zoom", "The zoom is a whole number from 0 to " + MAX);
    }
}
