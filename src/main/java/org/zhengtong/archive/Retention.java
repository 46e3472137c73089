package org.zhengtong.archive;

/** 保管期限 of DA/T 22-2015 §5.2, with the code used in the 档号. */
public enum Retention {
    PERMANENT("永久", "Y"),
    YEARS_30("定期30年", "D30"),
    YEARS_10("定期10年", "D10");

    private final String label;
    private final String code;

    Retention(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    public String code() {
        return code;
    }
}
