/**
 * The category dictionary (部件 asset classes, 事件 incident types) as versioned schemes, one
 * active per platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.gridloop.catalog;
