package org.zhengtong.document.internal.layout;

/**
 * The figures of GB/T 9704-2012《党政机关公文格式》, in millimetres from the page's top-left corner and in points
 * for type sizes. Everything the layout measures comes from here, each with the clause it follows.
 */
public final class Gbt9704 {

    private Gbt9704() {
    }

    /** One point in millimetres. */
    public static final double PT = 25.4 / 72;

    // ---- 5.1 幅面尺寸: A4 (GB/T 148), 210 mm × 297 mm --------------------------------------------------------
    public static final double PAGE_WIDTH = 210;
    public static final double PAGE_HEIGHT = 297;

    // ---- 5.2.1 页边与版心尺寸: 天头 37 mm ± 1, 订口 28 mm ± 1, 版心 156 mm × 225 mm -------------------------------
    public static final double TOP = 37;
    public static final double LEFT = 28;
    public static final double BODY_WIDTH = 156;
    public static final double BODY_HEIGHT = 225;
    public static final double RIGHT_EDGE = LEFT + BODY_WIDTH;
    public static final double BOTTOM_EDGE = TOP + BODY_HEIGHT;

    // ---- 5.2.2 字体和字号: 如无特殊说明, 各要素一般用 3 号仿宋体字 ---------------------------------------------------
    /** 3 号 = 16 pt. */
    public static final double SIZE_3 = 16;
    /** 2 号 = 22 pt: the title (7.3.1 标题, 2 号小标宋体字). */
    public static final double SIZE_2 = 22;
    /** 4 号 = 14 pt: 版记 (7.4.2, 7.4.3) and the page number (7.5). */
    public static final double SIZE_4 = 14;

    // ---- 5.2.3 行数和字数: 一般每面排 22 行, 每行排 28 个字, 并撑满版心 ---------------------------------------------
    public static final int LINES = 22;
    public static final int CHARS = 28;
    /**
     * The line pitch that puts 22 lines in the 225 mm 版心 (≈ 28.98 pt, the 28.95 pt "fixed line spacing" of the usual
     * Word templates). 3.2 defines 一行 as a 3 号 character plus 7/8 of its height (30 pt), which 22 times would not
     * fit; 5.2.3's "撑满版心" wins. A line's characters stand at the top of its pitch.
     */
    public static final double LINE = BODY_HEIGHT / LINES;
    /** 3.1 一字: the width of one character; 28 of them fill the 156 mm line. */
    public static final double CHAR = BODY_WIDTH / CHARS;

    // ---- 5.2.4 / 7.2.4 colours --------------------------------------------------------------------------------
    /** 7.2.4, 7.2.7: 发文机关标志 and the 版头's separator line are red (印刷: Y80% M80% 红色油墨; on screen pure red). */
    public static final int[] RED = {255, 0, 0};
    public static final int[] BLACK = {0, 0, 0};

    // ---- 7.2 版头 ---------------------------------------------------------------------------------------------
    /**
     * 7.2.1 份号 (6 位 3 号阿拉伯数字, 顶格 in line 1), 7.2.2 密级和保密期限 (3 号黑体, 顶格 in line 2), 7.2.3 紧急程度
     * (3 号黑体, 顶格; when all three are present they stack in that order, one line each, from the 版心's first line).
     */
    public static final int COPY_NUMBER_DIGITS = 6;
    /** 7.2.4 发文机关标志: 居中排布, 上边缘至版心上边缘为 35 mm, 推荐使用小标宋体字, 红色. */
    public static final double ISSUER_MARK_FROM_TOP = 35;
    /**
     * 7.2.4 leaves the size to the issuer ("以醒目、美观、庄重为原则"); we use square characters of at most 15 mm,
     * smaller when the name would be wider than the 版心.
     */
    public static final double ISSUER_MARK_MAX_CHAR = 15;
    /** 7.2.5 发文字号: 编排在发文机关标志下空二行位置, 居中排布 (上行文: 居左空一字, 7.2.6). */
    public static final int NUMBER_LINES_BELOW_MARK = 2;
    /** 7.2.7 版头中的分隔线: 发文字号之下 4 mm 处居中印一条与版心等宽的红色分隔线. */
    public static final double RED_LINE_BELOW_NUMBER = 4;
    /** The red line's weight is not fixed by 7.2.7; the 0.35 mm of the 版记's thick rules (7.4.1). */
    public static final double RED_LINE_WEIGHT = 0.35;

    // ---- 7.3 主体 ---------------------------------------------------------------------------------------------
    /** 7.3.1 标题: 红色分隔线下空二行位置, 分一行或多行居中排布, 回行时词意完整, 排列对称 (梯形或菱形). */
    public static final int TITLE_LINES_BELOW_RED_LINE = 2;
    /** 7.3.2 主送机关: 标题下空一行位置, 居左顶格, 回行时仍顶格, 最后一个主送机关名称后标全角冒号. */
    public static final int RECIPIENTS_LINES_BELOW_TITLE = 1;
    /** 7.3.3 正文: 每个自然段左空二字, 回行顶格. 结构层次序数: 第一层"一、"黑体, 第二层"（一）"楷体, 第三层"1."和第四层"（1）"仿宋. */
    public static final int PARAGRAPH_INDENT_CHARS = 2;
    /** 7.3.4 附件说明: 正文下空一行左空二字编排"附件"二字, 后标全角冒号和附件名称; 回行时与上一行附件名称的首字对齐. */
    public static final int ATTACHMENTS_LINES_BELOW_BODY = 1;
    /**
     * 7.3.5.1 加盖印章的公文: 成文日期一般右空四字编排; 发文机关署名以成文日期为准居中编排于其上; 印章端正、居中下压
     * 署名和成文日期, 使署名和成文日期居印章中心偏下位置, 印章顶端应当上距正文（或附件说明）一行之内.
     */
    public static final int DATE_RIGHT_INDENT_CHARS = 4;
    /** The seal's diameter when the seal module does not say (公章 of 机关: 42 mm). */
    public static final double SEAL_DIAMETER = 42;
    /**
     * 7.3.5.5 特殊情况说明: 当公文排版后所剩空白处不能容下印章或签发人签名章、成文日期时, 可以采取调整行距、字距的措施解决.
     * The tightest pitch the lines of that page may be set at (the standard sets no limit): 1½ times the 3 号
     * character, half a character between lines. Where even that leaves no room, the last lines go over with the seal.
     */
    public static final double TIGHTEST_LINE = 1.5 * SIZE_3 * PT;
    /** 7.3.6 附注: 居左空二字加圆括号编排在成文日期下一行. */
    public static final int ANNOTATION_INDENT_CHARS = 2;

    // ---- 7.4 版记 ---------------------------------------------------------------------------------------------
    /**
     * 7.4.1 版记中的分隔线: 与版心等宽, 首条和末条用粗线 (推荐高度 0.35 mm), 中间的用细线 (推荐高度 0.25 mm); 首条位于版记
     * 第一个要素之上, 末条与公文最后一面的版心下边缘重合.
     */
    public static final double RULE_THICK = 0.35;
    public static final double RULE_THIN = 0.25;
    /** 7.4.2 抄送机关: 4 号仿宋, 左右各空一字, "抄送"后加全角冒号, 回行时与冒号后的首字对齐, 最后标句号. 7.4.3 印发机关左空一字, 印发日期右空一字, 后加"印发". */
    public static final int IMPRINT_INDENT_CHARS = 1;
    /** The height of one 版记 row (the standard does not fix it): one line of the 版心's pitch. */
    public static final double IMPRINT_ROW = LINE;

    // ---- 7.5 页码 ---------------------------------------------------------------------------------------------
    /** 4 号半角宋体阿拉伯数字, 左右各放一条一字线; 一字线上距版心下边缘 7 mm; 单页码居右空一字, 双页码居左空一字. */
    public static final double PAGE_NUMBER_BELOW_BODY = 7;

    // ---- 10.1 信函格式 -----------------------------------------------------------------------------------------
    /** 发文机关标志上边缘至上页边为 30 mm, 居中, 红色小标宋. */
    public static final double LETTER_MARK_FROM_PAGE_TOP = 30;
    /** 发文机关标志下 4 mm 处印一条红色双线 (上粗下细), 距下页边 20 mm 处印一条红色双线 (上细下粗), 线长均为 170 mm, 居中. */
    public static final double LETTER_LINE_BELOW_MARK = 4;
    public static final double LETTER_BOTTOM_LINE_FROM_PAGE_BOTTOM = 20;
    public static final double LETTER_LINE_LENGTH = 170;
    /** The double line's weights and gap are not fixed by 10.1. */
    public static final double LETTER_LINE_THICK = 0.75;
    public static final double LETTER_LINE_THIN = 0.25;
    public static final double LETTER_LINE_GAP = 0.5;
    /** 份号 … 顶格居版心左边缘, 发文字号顶格居版心右边缘, 第一个要素与第一条双线的距离为 3 号汉字高度的 7/8. */
    public static final double LETTER_FIRST_ELEMENT_GAP = 7.0 / 8 * SIZE_3 * PT;
    /** 标题居中编排, 与其上最后一个要素相距二行; 首页不显示页码; 版记不加印发机关和印发日期、分隔线. */
    public static final int LETTER_TITLE_LINES_BELOW = 2;

    /** Where a character's baseline stands below the top of its em box (CJK faces: ideographs fill 0.88 em above it). */
    public static final double ASCENT = 0.88;

    public static double mm(double points) {
        return points * PT;
    }

    public static double points(double millimetres) {
        return millimetres / PT;
    }
}
