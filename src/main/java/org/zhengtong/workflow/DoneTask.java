package org.zhengtong.workflow;

import java.time.Instant;

public record DoneTask(String taskId, String processInstanceId, String businessKey, String name, Instant ended) {
}
