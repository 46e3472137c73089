package org.zhengtong.platform.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PlatformProperties;

/**
 * Delivers again the events whose listeners failed (a lost connection, a full disk) and that are still incomplete
 * {@code zhengtong.events.resubmit-after} after publication; a restart delivers all incomplete ones at once
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). An event still being handled may be
 * delivered a second time, so the listeners are idempotent. On one node at a time.
 */
@Component
public class IncompleteEventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    IncompleteEventResubmission(IncompleteEventPublications incomplete, PlatformProperties properties) {
        this.incomplete = incomplete;
        this.resubmitAfter = properties.events().resubmitAfter();
    }

    @Scheduled(cron = "${zhengtong.events.resubmit-cron}")
    @SchedulerLock(name = "event-resubmission", lockAtLeastFor = "PT20S")
    public void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }
}
