package org.zhengtong.workflow;

import java.util.List;

/** Published when a task is done, so what told people about it (notifications) can be put away. */
public record TaskCompleted(String taskId, String processInstanceId, String name, List<String> people) {
}
