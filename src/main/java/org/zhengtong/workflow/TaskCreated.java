package org.zhengtong.workflow;

import java.time.Instant;
import java.util.List;

/** Published when a task reaches people, so notifications and the to-do counters can follow. */
public record TaskCreated(String taskId, String processInstanceId, String name, List<String> recipients, Instant due) {
}
