package org.zhengtong.platform.internal.backup;

import java.time.Clock;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.internal.LocalFileStore;

/**
 * What the backup and restore commands need and no more: the configured data source and file store. No migrations,
 * no process engine, no search index, no web server: a restore must find the database as empty as it was left, and
 * a backup runs beside the serving application. Not a {@code @Configuration}, so the application never scans it.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@EnableConfigurationProperties(PlatformProperties.class)
@Import({DatabaseDump.class, LocalFileStore.class, SealKeyPassword.class, BackupRecords.class, BackupService.class,
        RestoreService.class})
class BackupCommandContext {

    @Bean
    Clock clock(PlatformProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
