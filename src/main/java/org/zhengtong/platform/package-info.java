/**
 * The platform: organization (units, departments, people, positions), accounts, security and the audit log.
 * Other modules use the types in this package; everything under {@code internal} is private to the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.zhengtong.platform;
