package org.zhengtong.platform.internal.request;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets the keys of creating requests once {@code zhengtong.idempotency.retention} old: a retry comes seconds or
 * minutes after its request, so a key past the retention only fills the table (a request repeated later creates
 * anew). On one node at a time.
 */
@Component
public class IdempotencyKeyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotencyKeyRepository keys;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeyCleanup(IdempotencyKeyRepository keys, Clock clock,
                          @Value("${zhengtong.idempotency.retention}") Duration retention) {
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${zhengtong.idempotency.cleanup-cron}")
    @SchedulerLock(name = "idempotency-key-cleanup")
    public void deleteExpired() {
        int deleted = keys.deleteClaimedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("forgot {} idempotency keys older than {}", deleted, retention);
        }
    }
}
