package org.zhengtong.document;

/** The 15 kinds of 公文 of 《党政机关公文处理工作条例》(2012), article 8. */
public enum DocumentType {
    RESOLUTION("决议"),
    DECISION("决定"),
    ORDER("命令（令）"),
    COMMUNIQUE("公报"),
    ANNOUNCEMENT("公告"),
    PUBLIC_NOTICE("通告"),
    OPINION("意见"),
    NOTICE("通知"),
    CIRCULAR("通报"),
    REPORT("报告"),
    REQUEST("请示"),
    REPLY("批复"),
    MOTION("议案"),
    LETTER("函"),
    MINUTES("纪要");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 上行文: 请示 and 报告 carry the 签发人 in their header. */
    public boolean upward() {
        return this == REQUEST || this == REPORT;
    }
}
