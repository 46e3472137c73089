package org.zhengtong.workflow.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The supervision job: every minute by default ({@code zhengtong.supervision.cron}), on one node of a cluster at a
 * time (ShedLock over the shared database).
 */
@Component
public class SupervisionJob {

    private final SupervisionService supervision;

    SupervisionJob(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Scheduled(cron = "${zhengtong.supervision.cron}")
    @SchedulerLock(name = "workflow-supervision", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void run() {
        supervision.sweep();
    }
}
