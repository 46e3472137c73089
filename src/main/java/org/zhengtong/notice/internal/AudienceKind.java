package org.zhengtong.notice.internal;

/** Whom a column is for: the whole city, a unit, a department, or the holders of a position in the column's unit. */
public enum AudienceKind {
    CITY, UNIT, DEPARTMENT, POSITION
}
