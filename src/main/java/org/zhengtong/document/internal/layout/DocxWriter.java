package org.zhengtong.document.internal.layout;

import static org.zhengtong.document.internal.layout.Gbt9704.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;

/**
 * The 公文 as a Word document for editing outside the browser: the same {@link OfficialText} as the PDF and OFD,
 * set as flowing paragraphs with GB/T 9704's page (A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm) and its grid of 22
 * lines of 28 characters (5.2.3), the fonts by name (仿宋_GB2312, 方正小标宋简体, 楷体_GB2312, 黑体: Word and WPS use
 * them where installed), the red 发文机关标志 and the red line under the 发文字号 as a paragraph border as wide as the
 * 版心, and page numbers "— N —" outside (odd pages right, even pages left). The 署名 and 成文日期 keep with the last
 * lines of the 正文 (and the 附件说明): the word processor carries those lines over with them rather than leave them
 * alone on a page; unlike the PDF it cannot set one page's lines closer (7.3.5), for it alone knows where its pages
 * break. The 版记 sits at the foot of the last page's 版心 (7.4.1: its last rule on the 版心's lower edge) in a frame
 * anchored to the bottom margin, as wide as the 版心, the text flowing above it.
 */
public final class DocxWriter {

    private static final int TWIPS_PER_INCH = 1440;
    private static final String RED = "FF0000";
    /** The 版心's height in twips as Word sees it: the page's less the two margins, each rounded to whole twips. */
    private static final long BODY_HEIGHT_TWIPS = twips(PAGE_HEIGHT) - twips(TOP) - twips(PAGE_HEIGHT - BOTTOM_EDGE);
    /**
     * One line of the 22-line grid, rounded down so that 22 lines fit the 版心 (579 twips = 28.95 pt, the usual
     * templates' fixed spacing; 580 would leave room for 21).
     */
    static final long LINE_TWIPS = BODY_HEIGHT_TWIPS / LINES;
    /**
     * The character grid (w:docGrid charSpace): how much a character cell differs from the default 3 号 size, in
     * 1/4096 pt, rounded down so that 28 cells fit the 156 mm line (-848: cells of 15.79 pt).
     */
    static final long CHAR_SPACE = (long) Math.floor((points(CHAR) - SIZE_3) * 4096);
    /**
     * How much closer 3 号 characters are set (w:spacing, in twentieths of a point: 0.3 pt), for 28 × 16 pt is wider
     * than the 156 mm line. This, not the character grid, is what fits 28 a line: the paragraphs do not snap to the
     * grid, for LibreOffice gives a character wider than its cell two cells (14 a line) where Word would squeeze it.
     * At 0.25 pt LibreOffice's rounding still leaves 27 a line.
     */
    static final int CONDENSED = -6;

    private DocxWriter() {
    }

    static long twips(double mm) {
        return Math.round(mm / 25.4 * TWIPS_PER_INCH);
    }

    public static byte[] write(OfficialText text, LayoutFonts fonts) {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            header(document, text, fonts);
            body(document, text);
            signature(document, text);
            imprint(document, text);
            pageNumbers(document);
            document.getProperties().getCoreProperties().setTitle(text.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(PAGE_WIDTH)));
        size.setH(BigInteger.valueOf(twips(PAGE_HEIGHT)));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(TOP)));
        margins.setLeft(BigInteger.valueOf(twips(LEFT)));
        margins.setRight(BigInteger.valueOf(twips(PAGE_WIDTH - RIGHT_EDGE)));
        margins.setBottom(BigInteger.valueOf(twips(PAGE_HEIGHT - BOTTOM_EDGE)));
        // the page number's dashes 7 mm below the 版心
        margins.setFooter(BigInteger.valueOf(twips(PAGE_HEIGHT - BOTTOM_EDGE - PAGE_NUMBER_BELOW_BODY - mm(SIZE_4))));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        // 5.2.3: 22 lines of 28 characters (Word's and WPS's page setup shows them); the cells are counted from the
        // styles' default 3 号
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_TWIPS));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
        defaultStyle(document);
    }

    /**
     * The "Normal" style and the document defaults: 3 号 仿宋 (5.2.2), from which the grid's cells are counted, set
     * {@link #CONDENSED}, off the character grid, and punctuation kept inside the 版心 (no hanging 。).
     */
    private static void defaultStyle(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        defaultRun(styles.addNewDocDefaults().addNewRPrDefault().addNewRPr());
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        CTPPrGeneral paragraph = normal.addNewPPr();
        paragraph.addNewOverflowPunct().setVal(STOnOff1.OFF);
        paragraph.addNewSnapToGrid().setVal(STOnOff1.OFF);
        defaultRun(normal.addNewRPr());
        document.createStyles().setStyles(styles);
    }

    private static void defaultRun(CTRPr properties) {
        runProperties(properties, Typeface.FANGSONG, SIZE_3, null);
    }

    private static void header(XWPFDocument document, OfficialText text, LayoutFonts fonts) {
        if (text.letter()) {
            letterHeader(document, text, fonts);
            return;
        }
        int lines = 0;
        if (notBlank(text.copyNumber())) {
            run(paragraph(document, ParagraphAlignment.LEFT, 0), text.copyNumber(), Typeface.FANGSONG, SIZE_3, null);
            lines++;
        }
        for (String field : new String[] {text.secrecy(), text.urgency()}) {
            if (notBlank(field)) {
                run(paragraph(document, ParagraphAlignment.LEFT, 0), field, Typeface.HEI, SIZE_3, null);
                lines++;
            }
        }
        int count = (int) text.issuerMark().codePoints().count();
        double charWidth = Math.min(ISSUER_MARK_MAX_CHAR, BODY_WIDTH / Math.max(count, 1));
        XWPFParagraph mark = paragraph(document, ParagraphAlignment.CENTER, 0);
        spacing(mark, twips(ISSUER_MARK_FROM_TOP) - lines(lines), twips(charWidth * 1.05));
        run(mark, text.issuerMark(), Typeface.XIAOBIAOSONG, points(charWidth), RED);

        // 7.2.5-7.2.7: the number (上行文: 空一字 left, the 签发人 空一字 right, by tabs) over the red line, which is the
        // paragraph's bottom border: without indents, so that it is as wide as the 版心
        XWPFParagraph number = paragraph(document, text.upward() ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, 0);
        spacing(number, lines(NUMBER_LINES_BELOW_MARK), LINE_TWIPS);
        CTPPr properties = number.getCTP().getPPr();
        CTBorder line = properties.addNewPBdr().addNewBottom();
        line.setVal(STBorder.SINGLE);
        line.setColor(RED);
        line.setSz(BigInteger.valueOf(Math.round(points(RED_LINE_WEIGHT) * 8)));
        line.setSpace(BigInteger.valueOf(Math.round(points(RED_LINE_BELOW_NUMBER))));
        if (text.upward()) {
            CTTabs tabs = properties.addNewTabs();
            tab(tabs, STTabJc.LEFT, CHAR);
            tab(tabs, STTabJc.RIGHT, BODY_WIDTH - CHAR);
            run(number, "\t" + nullToEmpty(text.documentNumber()), Typeface.FANGSONG, SIZE_3, null);
            if (notBlank(text.signerName())) {
                run(number, "\t签发人：", Typeface.FANGSONG, SIZE_3, null);
                run(number, text.signerName(), Typeface.KAI, SIZE_3, null);
            }
        } else {
            run(number, nullToEmpty(text.documentNumber()), Typeface.FANGSONG, SIZE_3, null);
        }

        title(document, text, fonts, lines(TITLE_LINES_BELOW_RED_LINE));
    }

    /** 10.1 信函格式: the mark above a red double line (上粗下细), the elements left and the number right below it. */
    private static void letterHeader(XWPFDocument document, OfficialText text, LayoutFonts fonts) {
        int count = (int) text.issuerMark().codePoints().count();
        double charWidth = Math.min(ISSUER_MARK_MAX_CHAR, LETTER_LINE_LENGTH / Math.max(count, 1));
        XWPFParagraph mark = paragraph(document, ParagraphAlignment.CENTER, 0);
        spacing(mark, 0, twips(charWidth * 1.05));
        CTPPr properties = mark.getCTP().getPPr();
        CTBorder line = properties.addNewPBdr().addNewBottom();
        line.setVal(STBorder.THICK_THIN_SMALL_GAP);
        line.setColor(RED);
        line.setSz(BigInteger.valueOf(24));
        line.setSpace(BigInteger.valueOf(Math.round(points(LETTER_LINE_BELOW_MARK))));
        run(mark, text.issuerMark(), Typeface.XIAOBIAOSONG, points(charWidth), RED);
        XWPFParagraph number = paragraph(document, ParagraphAlignment.RIGHT, 0);
        spacing(number, twips(LETTER_FIRST_ELEMENT_GAP), LINE_TWIPS);
        run(number, nullToEmpty(text.documentNumber()), Typeface.FANGSONG, SIZE_3, null);
        for (String field : new String[] {text.copyNumber(), text.secrecy(), text.urgency()}) {
            if (notBlank(field)) {
                run(paragraph(document, ParagraphAlignment.LEFT, 0), field, Typeface.HEI, SIZE_3, null);
            }
        }
        title(document, text, fonts, lines(LETTER_TITLE_LINES_BELOW));
    }

    /** The title broken into lines as the layout breaks it. */
    private static void title(XWPFDocument document, OfficialText text, LayoutFonts fonts, long before) {
        XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, 0);
        spacing(title, before, LINE_TWIPS);
        List<String> titleLines = OfficialLayout.titleLines(text.title(), fonts);
        for (int i = 0; i < titleLines.size(); i++) {
            XWPFRun run = run(title, titleLines.get(i), Typeface.XIAOBIAOSONG, SIZE_2, null);
            if (i < titleLines.size() - 1) {
                run.addBreak();
            }
        }
    }

    private static void body(XWPFDocument document, OfficialText text) {
        XWPFParagraph last = null;
        if (notBlank(text.mainRecipients())) {
            last = paragraph(document, ParagraphAlignment.LEFT, 0);
            spacing(last, lines(RECIPIENTS_LINES_BELOW_TITLE), LINE_TWIPS);
            run(last, text.mainRecipients() + "：", Typeface.FANGSONG, SIZE_3, null);
        }
        for (OfficialText.Paragraph paragraph : text.body()) {
            last = paragraph(document, ParagraphAlignment.BOTH, PARAGRAPH_INDENT_CHARS);
            for (OfficialLayout.Span span : OfficialLayout.spans(paragraph)) {
                run(last, span.text(), span.face(), SIZE_3, null);
            }
        }
        // 7.3.5: the 署名 and 成文日期 never stand on a page without 正文: the last line goes over with them
        if (last != null) {
            last.setKeepNext(true);
        }
        List<String> attachments = text.attachments() == null ? List.of() : text.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            String prefix = attachments.size() > 1 ? (i + 1) + ". " : "";
            XWPFParagraph p = paragraph(document, ParagraphAlignment.LEFT, 0);
            p.setKeepNext(true);
            p.setIndentationLeft((int) twips((PARAGRAPH_INDENT_CHARS + 3) * CHAR));
            if (i == 0) {
                p.setIndentationHanging((int) twips(3 * CHAR));
                spacing(p, lines(ATTACHMENTS_LINES_BELOW_BODY), LINE_TWIPS);
                run(p, "附件：" + prefix + attachments.get(i), Typeface.FANGSONG, SIZE_3, null);
            } else {
                run(p, prefix + attachments.get(i), Typeface.FANGSONG, SIZE_3, null);
            }
        }
    }

    private static void signature(XWPFDocument document, OfficialText text) {
        String date = OfficialText.date(text.date());
        XWPFParagraph name = paragraph(document, ParagraphAlignment.RIGHT, 0);
        spacing(name, lines(2), LINE_TWIPS);
        double dateWidth = date.codePoints().mapToDouble(c -> c < 0x2E80 ? CHAR / 2 : CHAR).sum();
        double nameWidth = nullToEmpty(text.issuerName()).codePoints().count() * CHAR;
        name.setIndentationRight((int) twips(Math.max(0, DATE_RIGHT_INDENT_CHARS * CHAR + (dateWidth - nameWidth) / 2)));
        name.setKeepNext(true);
        run(name, nullToEmpty(text.issuerName()), Typeface.FANGSONG, SIZE_3, null);
        XWPFParagraph dated = paragraph(document, ParagraphAlignment.RIGHT, 0);
        dated.setIndentationRight((int) twips(DATE_RIGHT_INDENT_CHARS * CHAR));
        run(dated, date, Typeface.FANGSONG, SIZE_3, null);
        if (notBlank(text.annotation())) {
            run(paragraph(document, ParagraphAlignment.LEFT, ANNOTATION_INDENT_CHARS), "（" + text.annotation() + "）",
                    Typeface.FANGSONG, SIZE_3, null);
        }
    }

    private static void imprint(XWPFDocument document, OfficialText text) {
        double charWidth = mm(SIZE_4);
        boolean copies = notBlank(text.copyTo());
        if (copies) {
            XWPFParagraph copy = paragraph(document, ParagraphAlignment.LEFT, 0);
            spacing(copy, 0, LINE_TWIPS);
            foot(copy);
            copy.setIndentationLeft((int) twips(charWidth + 3 * charWidth));
            copy.setIndentationHanging((int) twips(3 * charWidth));
            copy.setIndentationRight((int) twips(charWidth));
            if (!text.letter()) {
                border(copy, true, RULE_THICK);
                border(copy, false, RULE_THIN);
            }
            run(copy, "抄送：" + text.copyTo() + "。", Typeface.FANGSONG, SIZE_4, null);
        }
        if (text.letter()) {
            return;
        }
        XWPFParagraph printed = paragraph(document, ParagraphAlignment.LEFT, 0);
        spacing(printed, 0, LINE_TWIPS);
        foot(printed);
        printed.setIndentationLeft((int) twips(charWidth));
        printed.setIndentationRight((int) twips(charWidth));
        if (!copies) {
            border(printed, true, RULE_THICK);
        }
        border(printed, false, RULE_THICK);
        tab(printed.getCTP().getPPr().addNewTabs(), STTabJc.RIGHT, BODY_WIDTH - charWidth);
        run(printed, nullToEmpty(text.printer()) + "\t" + OfficialText.date(text.printDate()) + "印发",
                Typeface.FANGSONG, SIZE_4, null);
    }

    /**
     * The paragraph in the frame at the foot of the 版心 (paragraphs with the same frame properties share one frame):
     * bottom-aligned to the margin, centred, as wide as the 版心, the text wrapping above it.
     */
    private static void foot(XWPFParagraph p) {
        CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTFramePr frame = properties.isSetFramePr() ? properties.getFramePr() : properties.addNewFramePr();
        frame.setW(BigInteger.valueOf(twips(BODY_WIDTH)));
        frame.setWrap(STWrap.AROUND);
        frame.setHAnchor(STHAnchor.MARGIN);
        frame.setVAnchor(STVAnchor.MARGIN);
        frame.setXAlign(STXAlign.CENTER);
        frame.setYAlign(STYAlign.BOTTOM);
    }

    private static void pageNumbers(XWPFDocument document) {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight((int) twips(mm(SIZE_4)));
        } else {
            p.setIndentationLeft((int) twips(mm(SIZE_4)));
        }
        run(p, "— ", Typeface.SONG, SIZE_4, null);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", Typeface.SONG, SIZE_4, null);
    }

    // ---- paragraphs and runs -------------------------------------------------------------------------------

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, int indentChars) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        if (indentChars > 0) {
            p.setIndentationFirstLine((int) twips(indentChars * CHAR));
        }
        spacing(p, 0, LINE_TWIPS);
        return p;
    }

    /** Space before and an exact line height, in twips. */
    private static void spacing(XWPFParagraph p, long before, long line) {
        CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(Math.max(0, before)));
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    /** The height of some lines of the grid, in twips. */
    private static long lines(int count) {
        return count * LINE_TWIPS;
    }

    /** A tab stop at a distance from the margin (Word counts tab stops from the margin, not from the indent). */
    private static void tab(CTTabs tabs, STTabJc.Enum alignment, double mm) {
        CTTabStop tab = tabs.addNewTab();
        tab.setVal(alignment);
        tab.setPos(BigInteger.valueOf(twips(mm)));
    }

    private static void border(XWPFParagraph p, boolean top, double weightMm) {
        CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
        CTBorder border = top ? borders.addNewTop() : borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setColor("000000");
        border.setSz(BigInteger.valueOf(Math.max(2, Math.round(points(weightMm) * 8))));
        border.setSpace(BigInteger.ONE);
    }

    private static XWPFRun run(XWPFParagraph p, String text, Typeface face, double sizePt, String color) {
        XWPFRun run = p.createRun();
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            if (!parts[i].isEmpty()) {
                run.setText(parts[i], -1);
            }
        }
        runProperties(run.getCTR().addNewRPr(), face, sizePt, color);
        return run;
    }

    /**
     * Font, colour, spacing and size in CT_RPr's order (rFonts, …, color, spacing, …, sz, szCs): POI writes the
     * elements in the order they are added, and Word expects the schema's.
     */
    private static void runProperties(CTRPr properties, Typeface face, double sizePt, String color) {
        CTFonts fonts = properties.addNewRFonts();
        fonts.setAscii(face.latinName());
        fonts.setHAnsi(face.latinName());
        fonts.setEastAsia(face.eastAsianName());
        fonts.setCs(face.latinName());
        if (color != null) {
            properties.addNewColor().setVal(color);
        }
        properties.addNewSpacing().setVal(BigInteger.valueOf(sizePt == SIZE_3 ? CONDENSED : 0));
        BigInteger halfPoints = BigInteger.valueOf(Math.round(sizePt * 2));
        properties.addNewSz().setVal(halfPoints);
        properties.addNewSzCs().setVal(halfPoints);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
