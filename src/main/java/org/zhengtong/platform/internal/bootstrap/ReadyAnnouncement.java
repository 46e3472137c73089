package org.zhengtong.platform.internal.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the application where to open it, once it is ready: Spring Boot turns readiness to
 * ACCEPTING_TRAFFIC only after the runners (administrators, demo city) and the ready-event listeners (process
 * deployment) have finished, and the migrations ran before the web server opened its port.
 */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    private final ApplicationContext context;
    private final Environment environment;

    ReadyAnnouncement(ApplicationContext context, Environment environment) {
        this.context = context;
        this.environment = environment;
    }

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> change) {
        if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC
                && context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info("政通已就绪：http://localhost:{}{}/", web.getWebServer().getPort(),
                    environment.getProperty("server.servlet.context-path", ""));
        }
    }
}
