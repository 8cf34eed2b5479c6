/**
 * Geocoding (地理编码, CJ/T 215 / GB/T 30428.3): a gazetteer of roads, doorplates (门牌) and
 * points of interest, searched by free-text Chinese addresses (forward) and by position
 * (reverse). Uses {@code grid} to place every entry in its unit grid.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geocoding")
package org.gridloop.geocoding;
