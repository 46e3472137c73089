package org.zhengtong.platform.internal.account;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/** The platform's own permissions (names in {@code i18n/security.properties}). */
@Configuration(proxyBeanMethods = false)
public class PlatformPermissions {

    static final String MODULE = "platform";

    public static final String ORG_MANAGE = "ORG_MANAGE";
    public static final String ACCOUNT_MANAGE = "ACCOUNT_MANAGE";
    public static final String UNIT_ADMIN_MANAGE = "UNIT_ADMIN_MANAGE";
    public static final String UNIT_ACCOUNT_MANAGE = "UNIT_ACCOUNT_MANAGE";
    public static final String ROLE_MANAGE = "ROLE_MANAGE";
    public static final String CLEARANCE_MANAGE = "CLEARANCE_MANAGE";
    public static final String SETTINGS_MANAGE = "SETTINGS_MANAGE";
    public static final String AUDIT_READ = "AUDIT_READ";
    public static final String BACKUP_MANAGE = "BACKUP_MANAGE";
    public static final String HOLIDAY_MANAGE = "HOLIDAY_MANAGE";

    @Bean
    ModulePermissions platformModulePermissions() {
        return new ModulePermissions(MODULE, List.of(ORG_MANAGE, ACCOUNT_MANAGE, UNIT_ADMIN_MANAGE, UNIT_ACCOUNT_MANAGE,
                ROLE_MANAGE, CLEARANCE_MANAGE, SETTINGS_MANAGE, AUDIT_READ, BACKUP_MANAGE, HOLIDAY_MANAGE));
    }
}
