package org.zhengtong.platform;

/** 密级 of anything a module keeps (公文, 档案 …). A reader's 涉密等级 must reach the clearance it requires. */
public enum Classification {
    UNCLASSIFIED("非密", Clearance.NONE),
    SECRET("秘密", Clearance.GENERAL),
    CONFIDENTIAL("机密", Clearance.IMPORTANT),
    TOP_SECRET("绝密", Clearance.CORE);

    private final String label;
    private final Clearance required;

    Classification(String label, Clearance required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    /** The 涉密等级 a reader or handler must hold. */
    public Clearance requiredClearance() {
        return required;
    }

    public boolean readableWith(Clearance clearance) {
        return clearance.atLeast(required);
    }

    public boolean classified() {
        return this != UNCLASSIFIED;
    }
}
