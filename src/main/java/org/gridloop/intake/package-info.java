/**
 * Every channel (inspector app, hotline operator, public web) turned into one normalized
 * report: category, location, grid, photos, duplicates nearby.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.gridloop.intake;
