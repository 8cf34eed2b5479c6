/**
 * Routing rules (category × area → department) that propose where a case is dispatched.
 *
 * <p>A rule names an exact class or a major class of the active scheme, optionally limited to
 * one subdistrict. The most specific matching rule wins (class + subdistrict > class > major
 * class + subdistrict > major class); without one, the territorial department
 * ({@code gridloop.dispatch.fallback-department}, default {@code subdistrict}) takes the case,
 * also a case outside the grid area. Assets are meant to go to their owner first (先属主); until
 * the asset register exists, rules go by class and area only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch")
package org.gridloop.dispatch;
