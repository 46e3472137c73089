package org.zhengtong.platform.internal.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The security settings the security administrator may change at runtime (defaults in application.yml). */
public record SecuritySettings(
        @Min(value = 3, message = "{validation.range}") @Max(value = 10, message = "{validation.range}") int maxFailedLogins,
        @Min(value = 1, message = "{validation.range}") @Max(value = 1440, message = "{validation.range}") int lockoutMinutes,
        @Min(value = 5, message = "{validation.range}") @Max(value = 480, message = "{validation.range}") int idleTimeoutMinutes,
        @Min(value = 1, message = "{validation.range}") @Max(value = 10, message = "{validation.range}") int maxSessionsPerAccount,
        boolean requireTotpForAdmins) {
}
