package org.zhengtong.platform.internal.security;

import org.hibernate.validator.constraints.Range;

/** The security settings the security administrator may change at runtime (defaults in application.yml). */
public record SecuritySettings(
        @Range(min = 3, max = 10, message = "{validation.range}") int maxFailedLogins,
        @Range(min = 1, max = 1440, message = "{validation.range}") int lockoutMinutes,
        @Range(min = 5, max = 480, message = "{validation.range}") int idleTimeoutMinutes,
        @Range(min = 1, max = 10, message = "{validation.range}") int maxSessionsPerAccount,
        boolean requireTotpForAdmins) {
}
