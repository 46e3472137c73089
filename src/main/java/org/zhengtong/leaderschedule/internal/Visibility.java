package org.zhengtong.leaderschedule.internal;

/**
 * Who sees an entry of a leader's schedule besides the leader and his editors, who see all: PUBLIC everyone of the
 * unit (and the leader's named viewers), LEADERS_ONLY the unit's leaders, its office director and the named viewers,
 * PRIVATE nobody else. Stored by name; named by {@code leaderschedule.visibility.<NAME>}.
 */
public enum Visibility {
    PUBLIC, LEADERS_ONLY, PRIVATE;

    public String messageKey() {
        return "leaderschedule.visibility." + name();
    }
}
