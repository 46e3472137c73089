package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.image.ProcessDiagramGenerator;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FlowableConfiguration {

    /**
     * Expressions in process definitions see only the {@code assignees} bean, never the whole application
     * context: an imported BPMN file cannot reach services through an expression.
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> zhengtongEngine(Assignees assignees,
                                                                                    TaskRouting taskRouting,
                                                                                    TodoTableListener todoTable) {
        return configuration -> {
            configuration.setBeans(Map.of("assignees", assignees));
            // delegation and clearance first; the to-do table (ADR 10) follows every change of a task
            configuration.setEventListeners(List.of(taskRouting, todoTable));
            configuration.setActivityFontName(DiagramFonts.NAME);
            configuration.setLabelFontName(DiagramFonts.NAME);
            configuration.setAnnotationFontName(DiagramFonts.NAME);
        };
    }

    /**
     * The engine's own diagram generator (Flowable's default one unless the configuration names another), by its
     * public interface: the tracking diagram and the designer's preview draw with it.
     */
    @Bean
    ProcessDiagramGenerator processDiagramGenerator(ProcessEngine engine) {
        return engine.getProcessEngineConfiguration().getProcessDiagramGenerator();
    }
}
