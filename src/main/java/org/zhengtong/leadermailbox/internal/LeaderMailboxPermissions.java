package org.zhengtong.leadermailbox.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #STATISTICS}: the counts of one's own unit's letters per leader, month and status and the average time to
 * an answer — never a letter's content (given to the unit administrators' role by the migration; the unit's head sees
 * them without it).
 */
@Configuration(proxyBeanMethods = false)
class LeaderMailboxPermissions {

    static final String STATISTICS = "LEADER_MAILBOX_STATISTICS";

    @Bean
    ModulePermissions leaderMailboxModulePermissions() {
        return new ModulePermissions("leadermailbox", List.of(STATISTICS));
    }
}
