package org.zhengtong.taskforce.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: sets up coordination groups and keeps any group's structure — the system administrator's
 * designated staff, through the business role {@value #ADMIN_ROLE} (专项工作管理员) the migration creates and the
 * security administrator gives. Each group's own office (主任, 副主任, staff) keeps its structure and hands out its
 * tasks without it.
 */
@Configuration(proxyBeanMethods = false)
class TaskForcePermissions {

    static final String MANAGE = "TASKFORCE_MANAGE";
    static final String ADMIN_ROLE = "TASKFORCE_ADMIN";

    @Bean
    ModulePermissions taskforceModulePermissions() {
        return new ModulePermissions("taskforce", List.of(MANAGE));
    }
}
