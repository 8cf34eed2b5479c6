/**
 * The asset register (部件): every managed physical object with its identifier, class, owner,
 * position and status, and the field census (部件普查) that keeps it current.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Asset")
package org.gridloop.asset;
