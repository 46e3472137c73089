package org.zhengtong.document.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.Workflow;

/**
 * The process of a document in words, for the API and the 办文单: every step with its handler's name, "代 X 办理"
 * and the opinions and recorded actions, in order. The caller has read the document through {@link DocumentService}
 * (access checked, classified opens audited); this only adds the engine's history.
 */
@Component
public class DocumentTimeline {

    private static final String START = "start";
    private static final String END = "end";

    private final Workflow workflow;
    private final OrgDirectory directory;
    private final MessageSource messages;

    DocumentTimeline(Workflow workflow, OrgDirectory directory, MessageSource messages) {
        this.workflow = workflow;
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * One entry of the timeline: a step (open or done), the start and end of the process, or a record of the
     * process itself (撤回, 终止), whose name is the record's label and whose handler is its author.
     */
    public record Step(String taskId, String activityId, String name, String handler, String handlerName,
                       String delegatedFrom, String delegatedFromName, Instant started, Instant ended,
                       List<Remark> remarks) {

        public boolean open() {
            return ended == null;
        }

        /** 撤回 or 终止: recorded on the process, not handled as a step. */
        public boolean processRecord() {
            return taskId == null && !START.equals(activityId) && !END.equals(activityId);
        }
    }

    /** An opinion ({@code type} "opinion") or a recorded action (transfer, return, urge…) with its label. */
    public record Remark(String type, String label, String author, String authorName, Instant time, String text) {

        public boolean opinion() {
            return "opinion".equals(type);
        }
    }

    public List<Step> of(OfficialDocument document) {
        if (document.getProcessInstanceId() == null) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        return workflow.history(document.getProcessInstanceId()).stream().map(step -> step(step, names)).toList();
    }

    private Step step(HistoryStep step, Map<String, String> names) {
        boolean task = step.taskId() != null;
        // process-level records (withdraw, terminate) carry their type as the step name
        String name = task || START.equals(step.activityId()) || END.equals(step.activityId())
                ? step.name() : label(step.activityId());
        List<Remark> remarks = step.remarks().stream().map(r -> new Remark(r.type(), label(r.type()), r.author(),
                name(r.author(), names), r.time(), r.text())).toList();
        return new Step(step.taskId(), step.activityId(), name, step.handler(), name(step.handler(), names),
                step.delegatedFrom(), name(step.delegatedFrom(), names), step.started(), step.ended(), remarks);
    }

    private String label(String type) {
        String key = "workflow.remark." + type;
        return messages.getMessage(key, null, type, LocaleContextHolder.getLocale());
    }

    private String name(String username, Map<String, String> names) {
        if (username == null) {
            return null;
        }
        return names.computeIfAbsent(username, u -> directory.nameOf(u));
    }
}
