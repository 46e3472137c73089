package org.zhengtong.document.internal.sample;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --zhengtong.sample-output=DIR} (with {@code --zhengtong.demo=true}): once the application is ready (the demo
 * data loaded by the runners, the processes deployed on {@link ApplicationReadyEvent}), writes the sample 公文 of {@link SampleOutput} as DIR/official.pdf, .ofd and .docx, prints their paths and exits.
 */
@Component
@ConditionalOnProperty(name = "zhengtong.sample-output")
class SampleOutputRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SampleOutputRunner.class);

    private final SampleOutput sample;
    private final ConfigurableApplicationContext context;
    private final Path directory;

    SampleOutputRunner(SampleOutput sample, ConfigurableApplicationContext context,
                       @Value("${zhengtong.sample-output}") Path directory) {
        this.sample = sample;
        this.context = context;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void run() {
        int status = 0;
        try {
            SampleOutput.Written written = sample.write(directory);
            System.out.println("Sample 公文 (document " + written.documentId() + ", sealed at 用印):");
            written.files().forEach(file -> System.out.println("  " + file));
        } catch (RuntimeException e) {
            LOG.error("the sample 公文 could not be produced", e);
            status = 1;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
