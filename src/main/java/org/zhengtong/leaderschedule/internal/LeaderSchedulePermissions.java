package org.zhengtong.leaderschedule.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * 领导日程's permission: {@code LEADERSCHEDULE_MANAGE} sets, for the leaders of one's own unit, who keeps and who
 * reads their schedules — what the unit's office director may do by position.
 */
@Configuration(proxyBeanMethods = false)
class LeaderSchedulePermissions {

    static final String MANAGE = "LEADERSCHEDULE_MANAGE";

    @Bean
    ModulePermissions leaderScheduleModulePermissions() {
        return new ModulePermissions("leaderschedule", List.of(MANAGE));
    }
}
