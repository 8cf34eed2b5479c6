/**
 * Administrative areas (district → subdistrict 街道 → community 社区) and unit grids (单元网格),
 * with the spatial index that places a point in its grid.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid")
package org.gridloop.grid;
