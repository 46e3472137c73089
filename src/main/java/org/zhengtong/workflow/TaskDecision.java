package org.zhengtong.workflow;

import java.util.List;
import java.util.Map;

/**
 * What a handler decides when sending a task on: the opinion, and the values chosen for the step's
 * {@link StepChoice}s by their names (usernames, department ids…), as the page or the API posted them.
 */
public record TaskDecision(String opinion, Map<String, List<String>> choices) {

    public TaskDecision {
        choices = choices == null ? Map.of() : Map.copyOf(choices);
    }

    public static TaskDecision opinion(String opinion) {
        return new TaskDecision(opinion, Map.of());
    }

    /** The values chosen for a choice, blanks left out; empty when nothing was chosen. */
    public List<String> values(String choice) {
        List<String> values = choices.get(choice);
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** The one value chosen for a single choice, or null. */
    public String value(String choice) {
        List<String> values = values(choice);
        return values.isEmpty() ? null : values.get(0);
    }
}
