package org.zhengtong.presence.internal;

/** What kind of absence; shown by the message {@code presence.kind.<name>}. */
public enum AbsenceKind {
    /** 外出: out on business for some hours */
    OUT,
    /** 出差 */
    TRIP,
    /** 请假 */
    LEAVE;

    public String messageKey() {
        return "presence.kind." + name();
    }
}
