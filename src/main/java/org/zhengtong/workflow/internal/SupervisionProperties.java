package org.zhengtong.workflow.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 督办 settings ({@code zhengtong.supervision.*}, defaults in application.yml; the job's schedule,
 * {@code zhengtong.supervision.cron}, is read by {@link SupervisionJob}).
 *
 * @param reminderInterval how long after a reminder an overdue task is reminded again
 * @param escalateAfter    after this many reminders without action the task goes up to the handler's leader, once
 * @param nearDueWindow    a task due within this window counts as near due (临期)
 */
@ConfigurationProperties("zhengtong.supervision")
public record SupervisionProperties(Duration reminderInterval, int escalateAfter, Duration nearDueWindow) {
}
