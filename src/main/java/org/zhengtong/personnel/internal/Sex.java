package org.zhengtong.personnel.internal;

/** 性别, as GB 11643 encodes it in the 17th digit of the ID number (odd: male). */
public enum Sex {
    MALE, FEMALE;

    public String messageKey() {
        return "personnel.sex." + name();
    }
}
