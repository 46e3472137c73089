package org.zhengtong.workflow;

import java.util.UUID;

/**
 * A remark recorded on a process from outside its own steps ({@link Workflow#recordOnProcess}), e.g. a 退文 by the
 * receiving unit reported back to the 发文: the process's initiator should hear of it. {@code recordId} tells this
 * record from another of the same type, so a listener receiving it again knows it.
 */
public record ProcessRecorded(String processInstanceId, String initiator, String author, String type, String text,
                              String recordId) {

    public ProcessRecorded(String processInstanceId, String initiator, String author, String type, String text) {
        this(processInstanceId, initiator, author, type, text, UUID.randomUUID().toString());
    }
}
