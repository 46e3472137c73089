package org.zhengtong.archive.internal;

import org.zhengtong.archive.Retention;

/**
 * A class of DA/T 22-2015 §5.2 (全宗 + 年度 + 机构(问题) + 保管期限), inside which 件号 run from 0001 without gaps.
 * 档号 (DA/T 22-2015 §5.4, DA/T 13): {@code 全宗号-年度-保管期限代码-机构代码-件号}, e.g. {@code Z001-2026-Y-BGS-0001}.
 */
record ArchiveClass(String fondsCode, int year, Retention retention, String orgCode, String orgName) {

    String key() {
        return fondsCode + "/" + year + "/" + retention.code() + "/" + orgCode;
    }

    String archivalCode(int itemNumber) {
        return fondsCode + "-" + year + "-" + retention.code() + "-" + orgCode + "-" + itemNumberText(itemNumber);
    }

    static String itemNumberText(int itemNumber) {
        return String.format("%04d", itemNumber);
    }
}
