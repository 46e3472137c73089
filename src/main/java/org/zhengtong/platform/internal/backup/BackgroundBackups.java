package org.zhengtong.platform.internal.backup;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** A backup the system administrator starts on the page, made in the background, one at a time. */
@Component
class BackgroundBackups {

    private static final Logger log = LoggerFactory.getLogger(BackgroundBackups.class);

    private final BackupService backups;
    private final Executor executor;
    private final Clock clock;
    private final AtomicReference<Instant> runningSince = new AtomicReference<>();

    BackgroundBackups(BackupService backups, @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.backups = backups;
        this.executor = executor;
        this.clock = clock;
    }

    /** False when one is already running. */
    boolean start(String initiatedBy) {
        if (!runningSince.compareAndSet(null, clock.instant())) {
            return false;
        }
        executor.execute(() -> {
            try {
                backups.create(backups.defaultDirectory(), initiatedBy);
            } catch (RuntimeException e) {
                // recorded as failed, with its message, for the page
                log.warn("backup started by {} failed", initiatedBy, e);
            } finally {
                runningSince.set(null);
            }
        });
        return true;
    }

    Optional<Instant> runningSince() {
        return Optional.ofNullable(runningSince.get());
    }
}
