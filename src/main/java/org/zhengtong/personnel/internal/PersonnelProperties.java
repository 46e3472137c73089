package org.zhengtong.personnel.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhengtong.personnel.*}.
 *
 * @param pageSize      records per page of the query (default 20)
 * @param maxPhotoSize  the largest photo one may upload (default 2 MB)
 * @param maxImportRows the most rows one workbook may import (default 2000)
 */
@ConfigurationProperties("zhengtong.personnel")
record PersonnelProperties(Integer pageSize, DataSize maxPhotoSize, Integer maxImportRows) {

    int pageSizeOrDefault() {
        return pageSize == null || pageSize < 1 ? 20 : Math.min(pageSize, 200);
    }

    int maxPhotoBytes() {
        return maxPhotoSize == null ? 2 * 1024 * 1024 : (int) Math.min(maxPhotoSize.toBytes(), 50L * 1024 * 1024);
    }

    int maxImportRowsOrDefault() {
        return maxImportRows == null || maxImportRows < 1 ? 2000 : maxImportRows;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PersonnelProperties.class)
    static class Config {
    }
}
