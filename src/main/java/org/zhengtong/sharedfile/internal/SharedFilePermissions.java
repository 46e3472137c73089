package org.zhengtong.sharedfile.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: manages every folder of one's own unit's library — folders, permissions, files, the quota (given
 * to the unit administrators' role by the migration).
 */
@Configuration(proxyBeanMethods = false)
class SharedFilePermissions {

    static final String MANAGE = "SHAREDFILE_MANAGE";

    @Bean
    ModulePermissions sharedfileModulePermissions() {
        return new ModulePermissions("sharedfile", List.of(MANAGE));
    }
}
