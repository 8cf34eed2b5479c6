package org.gridloop.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the command map starts ({@code gridloop.map.*}).
 *
 * @param tileUrl     the base layer's tile URL template ({@code {z}/{x}/{y}}, for example a Tianditu
 *                    URL with its key); empty for no base layer, so that the map works offline
 * @param attribution the attribution the tile provider requires, shown on the map
 * @param latitude    where the map looks before the subdistricts are drawn or without them
 * @param longitude   where the map looks before the subdistricts are drawn or without them
 * @param zoom        the zoom of that first view
 * @param gridMinZoom the zoom from which unit grids are drawn (below, they are too small to read)
 */
@ConfigurationProperties("gridloop.map")
record MapSettings(@DefaultValue("") String tileUrl, @DefaultValue("") String attribution,
        @DefaultValue("22.70") double latitude, @DefaultValue("114.25") double longitude,
        @DefaultValue("12") int zoom, @DefaultValue("14") int gridMinZoom) {
}
