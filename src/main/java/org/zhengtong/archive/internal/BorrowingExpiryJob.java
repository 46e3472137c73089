package org.zhengtong.archive.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks borrowings past their end as expired, on one node at a time. Reads never rely on it: access checks the end
 * of the borrowing at every read.
 */
@Component
class BorrowingExpiryJob {

    private final BorrowingService borrowings;

    BorrowingExpiryJob(BorrowingService borrowings) {
        this.borrowings = borrowings;
    }

    @Scheduled(cron = "${zhengtong.archive.expiry-cron}")
    @SchedulerLock(name = "archive-borrowing-expiry")
    void expire() {
        borrowings.expire();
    }
}
