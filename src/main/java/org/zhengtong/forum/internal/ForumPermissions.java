package org.zhengtong.forum.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: creates and edits the boards (name, audience, moderators, anonymous posting) and reads every
 * board's log. Given to the unit administrators' role by the migration, as {@code NOTICE_MANAGE} is; it counts only
 * in the unit of {@code zhengtong.forum.admin-unit} (市政府办公室), the city's forum administrator.
 */
@Configuration(proxyBeanMethods = false)
class ForumPermissions {

    static final String MANAGE = "FORUM_MANAGE";

    @Bean
    ModulePermissions forumModulePermissions() {
        return new ModulePermissions("forum", List.of(MANAGE));
    }
}
