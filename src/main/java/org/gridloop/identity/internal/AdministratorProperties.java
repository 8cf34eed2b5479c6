package org.gridloop.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of an installation, created at start while no administrator exists.
 *
 * @param username login name ({@code gridloop.admin.username})
 * @param password initial password ({@code gridloop.admin.password}); change it after the first login
 */
@ConfigurationProperties("gridloop.admin")
record AdministratorProperties(String username, String password) {
}
