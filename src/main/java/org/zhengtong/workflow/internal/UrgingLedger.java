package org.zhengtong.workflow.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhengtong.workflow.TaskUrged;

/**
 * Writes every urging into the 督办台账 as it happens, in the transaction of whoever urged: a person through
 * {@link org.zhengtong.workflow.Workflow#urge} or the supervision job. The job reads its counters from here.
 */
@Component
class UrgingLedger {

    private final UrgingRepository urgings;
    private final UrgingRecordRepository records;
    private final Clock clock;

    UrgingLedger(UrgingRepository urgings, UrgingRecordRepository records, Clock clock) {
        this.urgings = urgings;
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    void on(TaskUrged event) {
        var now = clock.instant();
        Urging urging = urgings.findById(event.taskId())
                .orElseGet(() -> new Urging(event.taskId(), event.processInstanceId(), event.taskName()));
        if (event.escalated()) {
            urging.escalated(event.recipients(), now);
        } else {
            urging.urged(now, event.automatic());
        }
        urgings.save(urging);
        records.save(new UrgingRecord(event.taskId(), event.processInstanceId(), now, event.urgedBy(),
                event.automatic(), event.escalated(), event.recipients(), abbreviate(event.message())));
    }

    private static String abbreviate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 999) + "…";
    }
}
