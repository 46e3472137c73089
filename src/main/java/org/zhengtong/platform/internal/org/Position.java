package org.zhengtong.platform.internal.org;

/** 职务. The first three are the mandatory OA accounts of every unit (郴政办函〔2011〕10号). */
public enum Position {
    UNIT_HEAD(true),
    LEADER_IN_CHARGE(false),
    OFFICE_DIRECTOR(true),
    CONFIDENTIAL_SECRETARY(true),
    SECTION_CHIEF(false),
    DEPUTY_SECTION_CHIEF(false),
    CLERK(false);

    private final boolean mandatoryAccount;

    Position(boolean mandatoryAccount) {
        this.mandatoryAccount = mandatoryAccount;
    }

    public boolean mandatoryAccount() {
        return mandatoryAccount;
    }

    /** Message key of the Chinese/English name. */
    public String messageKey() {
        return "position." + name();
    }
}
