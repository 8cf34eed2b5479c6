/**
 * The shell of the workstations: layout, home page, error handling, MVC configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.gridloop.web;
