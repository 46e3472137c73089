package org.zhengtong.notice.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: keeps the columns of one's own unit (publishers, reviewers, audience) and sees every notice of
 * them with its read receipts (given to the unit administrators' role by the migration).
 */
@Configuration(proxyBeanMethods = false)
class NoticePermissions {

    static final String MANAGE = "NOTICE_MANAGE";

    @Bean
    ModulePermissions noticeModulePermissions() {
        return new ModulePermissions("notice", List.of(MANAGE));
    }
}
