package org.zhengtong.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.WorkingDays;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 临期提醒: reminds the handlers of a case's open tasks once when its running deadline (受理 or 办理) is
 * {@code zhengtong.petition.warn-days} working days away or nearer, before it runs out; after that the tasks are
 * overdue and 督办's sweep urges them (their due dates are the deadline). On one node at a time.
 */
@Component
public class PetitionDeadlines {

    private final PetitionRepository petitions;
    private final Workflow workflow;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final PetitionProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    PetitionDeadlines(PetitionRepository petitions, Workflow workflow, WorkingDays workingDays,
                      Notifications notifications, PetitionProperties properties, MessageSource messages,
                      Clock clock) {
        this.petitions = petitions;
        this.workflow = workflow;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhengtong.petition.deadline-cron}")
    @SchedulerLock(name = "petition-deadlines", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void run() {
        remind();
    }

    /** One pass; returns how many handlers were due a reminder (each is written once per task and deadline). */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Petition p : petitions.findByStatusInAndProcessInstanceIdNotNull(
                EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.HANDLING))) {
            LocalDate due = p.currentDue();
            if (due == null || due.isBefore(today)) {
                continue;
            }
            int left = workingDays.workingDaysBetween(today, due);
            if (left > properties.warnDays()) {
                continue;
            }
            for (TodoTask task : workflow.openTasks(p.getProcessInstanceId())) {
                if (task.assignee() == null) {
                    continue;
                }
                notifications.sendOnce(ReminderKind.OVERDUE, "petition-due:" + p.getId() + ":" + due + ":"
                                + task.taskId() + ":" + task.assignee(), task.assignee(),
                        text("petition.reminder.title", task.name(), p.getNumber()),
                        text("petition.reminder.body", p.getNumber(), p.getSummary(), task.name(), due, left),
                        "/petitions/" + p.getId());
                sent++;
            }
        }
        return sent;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
