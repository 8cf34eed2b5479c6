/**
 * Routing rules (category × area → department) that propose where a case is dispatched.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch")
package org.gridloop.dispatch;
