/**
 * The case file (案卷) aggregate, its transition table and timeline, and the actions of the
 * closed loop from report to close.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.gridloop.casework;
