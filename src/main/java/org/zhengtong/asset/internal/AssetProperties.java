package org.zhengtong.asset.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.asset.*}.
 *
 * @param financeUnitCode the code of the unit whose asset office ({@code ASSET_CITY}) approves changes above the value
 *                        limits (市财政局, {@code czj})
 * @param pageSize        rows per page of a unit's cards (default 50)
 * @param importRows      most rows one Excel import takes (default 2000)
 */
@ConfigurationProperties("zhengtong.asset")
record AssetProperties(String financeUnitCode, Integer pageSize, Integer importRows) {

    String financeUnitCodeOrDefault() {
        return financeUnitCode == null || financeUnitCode.isBlank() ? "czj" : financeUnitCode.strip();
    }

    int pageSizeOrDefault() {
        return pageSize == null || pageSize < 1 ? 50 : Math.min(pageSize, 500);
    }

    int importRowsOrDefault() {
        return importRows == null || importRows < 1 ? 2000 : Math.min(importRows, 20000);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AssetProperties.class)
    static class Config {
    }
}
