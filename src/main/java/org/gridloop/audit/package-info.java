/**
 * The audit log (操作日志): records every {@link org.gridloop.AuditedChange} the other modules
 * publish — administrative changes of reference data and accounts, sign-ins — with who, when,
 * from which address, and the object before and after; administrators read it by period, actor
 * and object.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.gridloop.audit;
