package org.zhengtong.accountrequest.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/** Who may apply for accounts and who decides (names in {@code i18n/accounts.properties}). */
@Configuration(proxyBeanMethods = false)
class ApplicationPermissions {

    @Bean
    ModulePermissions accountRequestModulePermissions() {
        return new ModulePermissions("accountrequest", List.of("APPLICATION_SUBMIT", "APPLICATION_DECIDE"));
    }
}
