package org.zhengtong.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.ProcessRecorded;
import org.zhengtong.workflow.TaskCompleted;
import org.zhengtong.workflow.TaskCreated;
import org.zhengtong.workflow.TaskUrged;
import org.zhengtong.workflow.TodoDescriber;
import org.zhengtong.workflow.TodoDescriber.Description;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.Workflow;

/**
 * Tells people about their new tasks (a 收文 waiting to be signed for as 文件到达提醒, a kind of its own) and about
 * urgings (催办, 超期提醒, 督办 to the leader). Runs after the workflow's transaction has committed, on its own; an event
 * whose notifications fail stays in the publication registry and is delivered again later. Each notification carries a key made of the event's identity and the recipient, so an
 * event delivered twice (its first delivery committed but was not marked complete) notifies once.
 * The texts are in the recipients' language (Chinese), never the server's locale: they go out by e-mail as they are.
 */
@Component
class WorkflowNotifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Accounts store no language of their own: everyone reads Chinese, whatever the server's locale. */
    private static final Locale RECIPIENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final NotificationService notifications;
    private final Workflow workflow;
    private final TodoList todo;
    private final List<TodoDescriber> describers;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    WorkflowNotifications(NotificationService notifications, Workflow workflow, TodoList todo,
                          List<TodoDescriber> describers, OrgDirectory directory, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.workflow = workflow;
        this.todo = todo;
        this.describers = describers;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A recipient for whom the task is no longer open when the event arrives (delivered late, again after a failure)
     * gets the notification already read and no e-mail: what it announces is done.
     */
    @ApplicationModuleListener
    void on(TaskCreated event) {
        if (event.recipients().isEmpty()) {
            return;
        }
        Optional<Description> about = describe(event.processInstanceId());
        String texts = event.arrival() ? "notification.fileArrived" : "notification.taskCreated";
        String subject = subject(about, event.name());
        String title = event.arrival() ? text(texts + ".title", subject) : text(texts + ".title", event.name());
        String body = text(texts + ".body", subject, event.name(), time(event.due()));
        ReminderKind kind = event.arrival() ? ReminderKind.FILE_ARRIVAL : ReminderKind.TASK;
        event.recipients().forEach(recipient -> notifications.sendOnce(kind, "task-created:" + event.taskId() + ":" + recipient,
                recipient, title, body, link(about), todo.isOpenFor(event.taskId(), recipient)));
    }

    /** The task's notifications (new task, urgings) are read once it is done, by whoever of its people. */
    @ApplicationModuleListener
    void on(TaskCompleted event) {
        describe(event.processInstanceId()).map(Description::link)
                .ifPresent(link -> notifications.markReadAbout(event.people(), link));
    }

    @ApplicationModuleListener
    void on(TaskUrged event) {
        Optional<Description> about = describe(event.processInstanceId());
        String kind = event.escalated() ? "escalated" : event.automatic() ? "reminder" : "urged";
        String urgedBy = directory.nameOf(event.urgedBy());
        String title = text("notification." + kind + ".title", event.taskName());
        String body = text("notification." + kind + ".body", subject(about, event.taskName()), event.taskName(),
                urgedBy, event.message() == null ? "" : event.message());
        String link = event.escalated() ? "/todo/supervision" : link(about);
        event.recipients().forEach(recipient -> notifications.sendOnce(ReminderKind.OVERDUE, "task-urged:" + event.urgingId() + ":" + recipient,
                recipient, title, body, link, true));
    }

    /** A record on someone's process by another unit or person (退文): its initiator is told, with the text. */
    @ApplicationModuleListener
    void on(ProcessRecorded event) {
        if (event.initiator().equals(event.author())) {
            return;
        }
        Optional<Description> about = describe(event.processInstanceId());
        String subject = subject(about, text("notification.recorded.yourProcess"));
        String title = recordText(event.type(), "title", subject);
        String body = recordText(event.type(), "body", subject, directory.nameOf(event.author()), event.text());
        notifications.sendOnce(ReminderKind.RECORD, "process-recorded:" + event.recordId() + ":" + event.initiator(), event.initiator(),
                title, body, link(about), true);
    }

    /**
     * The describers word their texts in the current locale; a listener thread has none but the JVM's default
     * (English under LANG=C), so they are asked in the recipients' language. A notification goes to anyone (and by
     * e-mail): a title that needs clearance is left out.
     */
    private Optional<Description> describe(String processInstanceId) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(RECIPIENT_LANGUAGE);
        try {
            return workflow.businessKey(processInstanceId).flatMap(key -> describers.stream()
                    .filter(d -> d.supports(key)).findFirst()
                    .map(d -> d.describe(List.of(key)).get(key)).map(d -> d.visibleWith(Clearance.NONE)));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** 请示《关于…的请示》（财预〔2026〕3号）; a classified title is not given out. */
    private String subject(Optional<Description> about, String step) {
        if (about.isEmpty()) {
            return step;
        }
        Description d = about.get();
        String what = d.title() == null ? text("notification.subject.classified", d.type(), d.classification())
                : text("notification.subject.titled", d.type(), d.title());
        return d.number() == null ? what : text("notification.subject.numbered", what, d.number());
    }

    private static String link(Optional<Description> about) {
        return about.map(Description::link).orElse("/todo");
    }

    private String time(Instant instant) {
        return instant == null ? text("notification.noDue") : TIME.format(instant.atZone(clock.getZone()));
    }

    /** The type's own wording ({@code notification.recorded.refused.title}), or the general one. */
    private String recordText(String type, String part, Object... arguments) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {
                "notification.recorded." + type + "." + part, "notification.recorded." + part}, arguments),
                RECIPIENT_LANGUAGE);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, RECIPIENT_LANGUAGE);
    }
}
