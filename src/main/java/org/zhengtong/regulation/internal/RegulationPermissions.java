package org.zhengtong.regulation.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: keeps the own unit's regulations, 常用信息 and 常用软件 (the business role 制度管理员, and the unit
 * administrators' role, by the migration; names in {@code i18n/regulation.properties}).
 */
@Configuration(proxyBeanMethods = false)
class RegulationPermissions {

    static final String MANAGE = "REGULATION_MANAGE";
    static final String MANAGER_ROLE = "REGULATION_ADMIN";

    @Bean
    ModulePermissions regulationModulePermissions() {
        return new ModulePermissions("regulation", List.of(MANAGE));
    }
}
