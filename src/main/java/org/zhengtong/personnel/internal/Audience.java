package org.zhengtong.personnel.internal;

/**
 * Who sees a field, narrowest last: 所有人 (everyone of the record's unit), 人事处及指定领导 (the unit's personnel office
 * and the leaders it names), 仅人事处 (its personnel office). A reader of a record belongs to the widest audience they
 * are in; they see a field when their audience {@link #covers} the field's.
 */
public enum Audience {
    EVERYONE, LEADERS, OFFICE;

    public boolean covers(Audience fieldAudience) {
        return ordinal() >= fieldAudience.ordinal();
    }

    public String messageKey() {
        return "personnel.audience." + name();
    }
}
