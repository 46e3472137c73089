package org.zhengtong.calendar;

/**
 * The kind of a calendar entry, each with its colour in the calendar; named by {@code calendar.type.<TYPE>} in the
 * calendar bundle. Stored by name, so a type never changes its name once released.
 */
public enum EntryType {
    MEETING("#0d6efd"),
    OFFICIAL("#198754"),
    LEADER("#d63384"),
    DUTY("#dc3545"),
    PERSONAL("#6f42c1"),
    REMINDER("#fd7e14"),
    OTHER("#6c757d");

    private final String colour;

    EntryType(String colour) {
        this.colour = colour;
    }

    /** The CSS colour the calendar shows entries of this type in. */
    public String colour() {
        return colour;
    }

    public String messageKey() {
        return "calendar.type." + name();
    }
}
