package org.zhengtong.platform.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications completed more than {@code zhengtong.events.completed-retention} ago. Until then a
 * completed publication is the record that its listener ran (a notification written, an entry indexed); incomplete
 * ones are never deleted here: they are what the resubmission delivers and what the index lag counts (ADR 7).
 * On one node at a time.
 */
@Component
public class CompletedEventPruning {

    private final CompletedEventPublications completed;
    private final Duration retention;

    CompletedEventPruning(CompletedEventPublications completed,
                          @Value("${zhengtong.events.completed-retention}") Duration retention) {
        this.completed = completed;
        this.retention = retention;
    }

    @Scheduled(cron = "${zhengtong.events.prune-cron}")
    @SchedulerLock(name = "event-publication-pruning")
    public void prune() {
        completed.deletePublicationsOlderThan(retention);
    }
}
