package org.zhengtong.asset.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: the asset clerk of one's own unit registers and imports cards, asks for changes, prints labels
 * and runs stock-takes (the unit administrators' role and the business role 资产管理员). {@value #CITY}: 市财政局's
 * asset office reads every unit's assets and reports, approves the changes above the value limits, and sets those
 * limits and the classification (the business role 财政资产管理). Names in {@code i18n/asset.properties}.
 */
@Configuration(proxyBeanMethods = false)
class AssetPermissions {

    static final String MANAGE = "ASSET_MANAGE";
    static final String CITY = "ASSET_CITY";
    static final String CLERK_ROLE = "ASSET_CLERK";
    static final String OFFICE_ROLE = "ASSET_OFFICE";

    @Bean
    ModulePermissions assetModulePermissions() {
        return new ModulePermissions("asset", List.of(MANAGE, CITY));
    }
}
