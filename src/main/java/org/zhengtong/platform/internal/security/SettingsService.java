package org.zhengtong.platform.internal.security;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.PlatformProperties;

@Service
@Validated
public class SettingsService {

    private final SettingRepository repository;
    private final AuditLog audit;
    private final SecuritySettings defaults;

    SettingsService(SettingRepository repository, AuditLog audit, PlatformProperties properties) {
        this.repository = repository;
        this.audit = audit;
        PlatformProperties.Security defaults = properties.security();
        this.defaults = new SecuritySettings(defaults.maxFailedLogins(), defaults.lockoutMinutes(),
                defaults.idleTimeoutMinutes(), defaults.maxSessionsPerAccount(), defaults.requireTotpForAdmins());
    }

    @Transactional(readOnly = true)
    public SecuritySettings current() {
        return new SecuritySettings(
                intValue("max-failed-logins", defaults.maxFailedLogins()),
                intValue("lockout-minutes", defaults.lockoutMinutes()),
                intValue("idle-timeout-minutes", defaults.idleTimeoutMinutes()),
                intValue("max-sessions-per-account", defaults.maxSessionsPerAccount()),
                repository.findById("require-totp-for-admins").map(s -> Boolean.parseBoolean(s.getValue()))
                        .orElse(defaults.requireTotpForAdmins()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
    public void update(@Valid SecuritySettings settings) {
        Map.of("max-failed-logins", String.valueOf(settings.maxFailedLogins()),
                "lockout-minutes", String.valueOf(settings.lockoutMinutes()),
                "idle-timeout-minutes", String.valueOf(settings.idleTimeoutMinutes()),
                "max-sessions-per-account", String.valueOf(settings.maxSessionsPerAccount()),
                "require-totp-for-admins", String.valueOf(settings.requireTotpForAdmins()))
            .forEach((key, value) -> repository.findById(key)
                    .ifPresentOrElse(s -> s.setValue(value), () -> repository.save(new Setting(key, value))));
        audit.success("SETTINGS_UPDATE", "settings", "security", settings.toString());
    }

    private int intValue(String key, int fallback) {
        return repository.findById(key).map(s -> Integer.parseInt(s.getValue())).orElse(fallback);
    }
}
