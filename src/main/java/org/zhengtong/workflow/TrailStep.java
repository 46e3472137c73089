package org.zhengtong.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One row of a process's 审批经过 as people read it on an object's page: the step, the handler's name, when it was
 * done ({@code null} while open) and the opinions written there.
 */
public record TrailStep(String step, String handlerName, Instant ended, List<String> opinions) {

    public boolean open() {
        return ended == null;
    }
}
