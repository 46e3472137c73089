package org.zhengtong.journal.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #EDIT}: edits the publications of one's own unit — keeps them (audience, submitting units), reviews the
 * articles submitted (采用, 退回, 不采用), composes and publishes issues. Given by the migration to the unit
 * administrators' role and the business role {@value #EDITOR_ROLE} (刊物编辑).
 */
@Configuration(proxyBeanMethods = false)
class JournalPermissions {

    static final String EDIT = "JOURNAL_EDIT";
    static final String EDITOR_ROLE = "JOURNAL_EDITOR";

    @Bean
    ModulePermissions journalModulePermissions() {
        return new ModulePermissions("journal", List.of(EDIT));
    }
}
