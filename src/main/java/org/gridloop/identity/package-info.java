/**
 * Users, posts (岗位), login, API tokens and data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.gridloop.identity;
