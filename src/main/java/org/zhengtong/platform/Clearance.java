package org.zhengtong.platform;

/** A person's 涉密等级. Later modules compare it with a document's 密级. */
public enum Clearance {
    NONE("非涉密"),
    GENERAL("一般"),
    IMPORTANT("重要"),
    CORE("核心");

    private final String label;

    Clearance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(Clearance other) {
        return compareTo(other) >= 0;
    }
}
