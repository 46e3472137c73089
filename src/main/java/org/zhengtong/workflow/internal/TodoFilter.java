package org.zhengtong.workflow.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The to-do window's filters (all optional): kind, urgency, unit, deadline range, overdue only. */
public record TodoFilter(String type, String urgency, String unit,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         boolean overdue) {

    static final TodoFilter NONE = new TodoFilter(null, null, null, null, null, false);

    boolean test(TodoRow row) {
        if (overdue && !row.overdue()) {
            return false;
        }
        if (present(type) && (row.about() == null || !type.equals(row.about().type()))) {
            return false;
        }
        if (present(urgency) && (row.about() == null || !urgency.equals(row.about().urgency()))) {
            return false;
        }
        if (present(unit) && (row.about() == null || !unit.equals(row.about().unitName()))) {
            return false;
        }
        if (from != null && (row.deadline() == null || row.deadline().isBefore(from))) {
            return false;
        }
        return to == null || (row.deadline() != null && !row.deadline().isAfter(to));
    }

    public boolean active() {
        return overdue || present(type) || present(urgency) || present(unit) || from != null || to != null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
