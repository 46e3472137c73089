package org.zhengtong.supplies.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: keeps the own unit's catalogue and stores (names their keepers), takes purchases in, reads every
 * request and the month's use (given to the unit administrators' role by the migration; names in
 * {@code i18n/supplies.properties}). A store's keepers need no permission: the store names them.
 */
@Configuration(proxyBeanMethods = false)
class SuppliesPermissions {

    static final String MANAGE = "SUPPLIES_MANAGE";

    @Bean
    ModulePermissions suppliesModulePermissions() {
        return new ModulePermissions("supplies", List.of(MANAGE));
    }
}
