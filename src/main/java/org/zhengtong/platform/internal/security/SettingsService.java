package org.zhengtong.platform.internal.security;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;

@Service
@Validated
public class SettingsService {

    private final SettingRepository repository;
    private final AuditLog audit;
    private final SecuritySettings defaults;

    SettingsService(SettingRepository repository, AuditLog audit,
                    @Value("${zhengtong.security.max-failed-logins}") int maxFailedLogins,
                    @Value("${zhengtong.security.lockout-minutes}") int lockoutMinutes,
                    @Value("${zhengtong.security.idle-timeout-minutes}") int idleTimeoutMinutes,
                    @Value("${zhengtong.security.max-sessions-per-account}") int maxSessions,
                    @Value("${zhengtong.security.require-totp-for-admins}") boolean requireTotpForAdmins) {
        this.repository = repository;
        this.audit = audit;
        this.defaults = new SecuritySettings(maxFailedLogins, lockoutMinutes, idleTimeoutMinutes, maxSessions,
                requireTotpForAdmins);
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
