package org.gridloop.dispatch.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of dispatch.
 *
 * @param fallbackDepartment the territorial department (属地) that takes a case no routing rule
 *                           covers, also a case outside the grid area
 */
@ConfigurationProperties("gridloop.dispatch")
record DispatchProperties(@DefaultValue("subdistrict") String fallbackDepartment) {
}
