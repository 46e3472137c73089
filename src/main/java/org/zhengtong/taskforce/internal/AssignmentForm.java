package org.zhengtong.taskforce.internal;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A task handed out by the office: to a working group (its first lead unit's contact unless a handler is named) or to
 * a person the group's structure names; due on a date, or in so many working days from today.
 */
public record AssignmentForm(Long groupId,
                             @Size(max = 40) String handler,
                             @Size(max = TaskAssignment.MAX_TITLE) String title,
                             @Size(max = TaskAssignment.MAX_TEXT) String content,
                             LocalDate dueDate,
                             Integer workingDays) {

    public static final String REQUEST_KIND = "taskforce.assignment";
}
