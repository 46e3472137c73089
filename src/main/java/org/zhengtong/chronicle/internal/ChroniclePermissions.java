package org.zhengtong.chronicle.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: the unit office's 大事记 work — approves its unit's entries, sees them in every state, publishes
 * the year; in the city office it also takes units' published entries into the city's chronicle. Given by the
 * migration to the unit administrators' role and the business role {@value #CLERK_ROLE} (大事记管理员).
 */
@Configuration(proxyBeanMethods = false)
class ChroniclePermissions {

    static final String MANAGE = "CHRONICLE_MANAGE";
    static final String CLERK_ROLE = "CHRONICLE_CLERK";

    @Bean
    ModulePermissions chronicleModulePermissions() {
        return new ModulePermissions("chronicle", List.of(MANAGE));
    }
}
