package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Map;
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
                                                                                    TaskRouting taskRouting) {
        return configuration -> {
            configuration.setBeans(Map.of("assignees", assignees));
            configuration.setEventListeners(List.of(taskRouting));
            configuration.setActivityFontName(DiagramFonts.NAME);
            configuration.setLabelFontName(DiagramFonts.NAME);
            configuration.setAnnotationFontName(DiagramFonts.NAME);
        };
    }
}
