package org.zhengtong.document.internal.layout;

/** The typefaces GB/T 9704 names, with the font names Word and WPS know them by (for the DOCX). */
public enum Typeface {
    /** 仿宋: the text (5.2.2). */
    FANGSONG("仿宋_GB2312", "FangSong"),
    /** 小标宋: the 发文机关标志 (7.2.4) and the title (7.3.1). */
    XIAOBIAOSONG("方正小标宋简体", "SimSun"),
    /** 楷体: second-level headings (7.3.3) and the 签发人's name (7.2.6). */
    KAI("楷体_GB2312", "KaiTi"),
    /** 黑体: 密级, 紧急程度 (7.2.2, 7.2.3) and first-level headings (7.3.3). */
    HEI("黑体", "SimHei"),
    /** 宋体: the page numbers (7.5). */
    SONG("宋体", "SimSun");

    private final String eastAsianName;
    private final String latinName;

    Typeface(String eastAsianName, String latinName) {
        this.eastAsianName = eastAsianName;
        this.latinName = latinName;
    }

    public String eastAsianName() {
        return eastAsianName;
    }

    public String latinName() {
        return latinName;
    }
}
