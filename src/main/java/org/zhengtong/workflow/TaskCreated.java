package org.zhengtong.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Published when a task reaches people, so notifications and the to-do counters can follow. {@code arrival}: the task
 * is at one of its template's {@link ProcessTemplate#arrivalSteps() arrival steps} (a 收文 waiting to be signed for).
 */
public record TaskCreated(String taskId, String processInstanceId, String name, List<String> recipients, Instant due,
                          boolean arrival) {
}
