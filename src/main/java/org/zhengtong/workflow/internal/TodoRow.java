package org.zhengtong.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.zhengtong.workflow.TodoDescriber;

/**
 * One line of the to-do window: a step (open or done) or a process the user started, with what it is about when a
 * module describes its business key ({@code about}, else null).
 *
 * @param step           the step's name; for a started process, where it is now
 * @param delegatedFrom  name of the person the task was meant for (代 X 办理), or null
 * @param addedSignerFor name of the person who added the user as a signer (加签), or null
 * @param since          when the task arrived, or when the process started
 * @param deadline       the day it is due: the step's due date, else the described deadline
 */
public record TodoRow(String taskId, String processInstanceId, String step, TodoDescriber.Description about,
                      String delegatedFrom, String addedSignerFor, boolean candidate, Instant since, Instant due,
                      Instant ended, boolean overdue, boolean nearDue, LocalDate deadline) {

    public String title() {
        return about != null && about.title() != null ? about.title() : step;
    }

    public String link() {
        return about == null ? null : about.link();
    }

    public int urgencyLevel() {
        return about == null ? 0 : about.urgencyLevel();
    }
}
