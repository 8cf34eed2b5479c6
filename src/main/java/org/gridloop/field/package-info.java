/**
 * The inspectors' field app (城管通) at {@code /m} and its compact sync: reports, task results and
 * position samples queued on the phone, sent in batches, answered item by item.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Field")
package org.gridloop.field;
