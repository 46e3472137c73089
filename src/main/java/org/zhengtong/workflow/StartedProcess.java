package org.zhengtong.workflow;

import java.time.Instant;
import java.util.List;

/** A process a user started (我发起的): where it is now ({@code currentSteps}), or when it ended. */
public record StartedProcess(String processInstanceId, String processKey, String processName, String businessKey,
                             Instant started, Instant ended, List<String> currentSteps) {

    public boolean isEnded() {
        return ended != null;
    }
}
