package org.zhengtong.workflow.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * The process administrators' permission: the designer and BPMN import, terminating and reassigning processes, holding
 * numbers back (names in {@code i18n/workflow.properties}).
 */
@Configuration(proxyBeanMethods = false)
class WorkflowPermissions {

    @Bean
    ModulePermissions workflowModulePermissions() {
        return new ModulePermissions("workflow", List.of("WORKFLOW_ADMIN"));
    }
}
