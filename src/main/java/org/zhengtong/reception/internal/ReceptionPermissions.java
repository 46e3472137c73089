package org.zhengtong.reception.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * 接待管理 of one's own unit: {@value #MANAGE} registers, plans, records costs and cancels (the reception desk, the
 * office; given to the unit administrators' role by the migration); {@value #READ} reads, queries and exports (names in
 * {@code i18n/reception.properties}). The unit's head and leaders in charge read without it.
 */
@Configuration(proxyBeanMethods = false)
class ReceptionPermissions {

    static final String MANAGE = "RECEPTION_MANAGE";
    static final String READ = "RECEPTION_READ";

    @Bean
    ModulePermissions receptionModulePermissions() {
        return new ModulePermissions("reception", List.of(MANAGE, READ));
    }
}
