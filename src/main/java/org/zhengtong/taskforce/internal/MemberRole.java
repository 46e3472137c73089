package org.zhengtong.taskforce.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's place in a coordination group, named by {@code taskforce.role.<NAME>}; stored by name. The office's
 * roles keep the group's structure and hand out its tasks.
 */
public enum MemberRole {
    LEADER, DEPUTY, MEMBER, OFFICE_DIRECTOR, OFFICE_DEPUTY, OFFICE_STAFF;

    static final Set<MemberRole> OFFICE = EnumSet.of(OFFICE_DIRECTOR, OFFICE_DEPUTY, OFFICE_STAFF);
    static final Set<MemberRole> LEADING_GROUP = EnumSet.of(LEADER, DEPUTY, MEMBER);

    public boolean office() {
        return OFFICE.contains(this);
    }

    public String messageKey() {
        return "taskforce.role." + name();
    }
}
