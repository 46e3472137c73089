package org.zhengtong.document.internal.layout;

import static org.zhengtong.document.internal.layout.Gbt9704.*;

import java.util.ArrayList;
import java.util.List;
import org.zhengtong.seal.Seals;

/**
 * Lays a 公文 out on A4 pages as GB/T 9704-2012 asks (the figures and clauses are in {@link Gbt9704}): the 版头 on
 * the first page, the 主体 flowing over as many pages as it needs on the 22-line, 28-character grid, the 署名 and
 * 成文日期 under the seal's area (where that does not fit under the 正文's last lines, the page's lines are set
 * closer rather than carried over, 7.3.5.5), the 版记 at the foot of the last page and the page numbers. Lines break
 * between any two Chinese characters but not inside Latin words or numbers, and never put closing punctuation at the
 * start or opening punctuation at the end of a line (标点避头尾).
 */
public final class OfficialLayout {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    /** One character placed: the font that draws it and its advance. */
    private record Glyph(int codePoint, LayoutFonts.FontFile font, Typeface face, double advance) {
    }

    /** Some text in one typeface. */
    record Span(Typeface face, String text) {
    }

    private final LayoutFonts fonts;
    private final List<List<PageLayout.Item>> pages = new ArrayList<>();
    private List<PageLayout.Item> items;
    private double y;
    /** The pitch of the 主体's lines on the current page: {@link Gbt9704#LINE} unless set closer (7.3.5.5). */
    private double pitch = LINE;
    /** Where the last lines of the 主体 on the current page begin in its items, to carry them over with the seal. */
    private final List<Integer> lineStarts = new ArrayList<>();
    /** The page (count of pages) and its line count where the 正文 ended, for keeping 正文 with the seal. */
    private int bodyPage;
    private int bodyLines;

    private OfficialLayout(LayoutFonts fonts) {
        this.fonts = fonts;
    }

    public static PageLayout layout(OfficialText text, LayoutFonts fonts) {
        return new OfficialLayout(fonts).run(text);
    }

    /** The title's lines as the layout breaks them (the DOCX breaks it the same way). */
    public static List<String> titleLines(String title, LayoutFonts fonts) {
        OfficialLayout layout = new OfficialLayout(fonts);
        return layout.balancedTitle(title).stream().map(OfficialLayout::string).toList();
    }

    private PageLayout run(OfficialText text) {
        newPage();
        if (text.letter()) {
            letterHeader(text);
        } else {
            header(text);
        }
        mainBody(text);
        Seals.StampPlacement seal = signature(text);
        imprint(text);
        pageNumbers(text.letter() ? 1 : 0);
        List<PageLayout.Page> laidOut = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            laidOut.add(new PageLayout.Page(i, List.copyOf(pages.get(i))));
        }
        return new PageLayout(List.copyOf(laidOut), seal);
    }

    // ---- 7.2 版头 ---------------------------------------------------------------------------------------------

    private void header(OfficialText text) {
        // 7.2.1-7.2.3: 份号, 密级和保密期限, 紧急程度 stacked 顶格 from the 版心's first line
        int line = 0;
        if (notBlank(text.copyNumber())) {
            place(shape(List.of(new Span(Typeface.FANGSONG, text.copyNumber())), SIZE_3, true), LEFT, TOP, SIZE_3,
                    BLACK);
            line++;
        }
        for (String field : new String[] {text.secrecy(), text.urgency()}) {
            if (notBlank(field)) {
                place(shape(List.of(new Span(Typeface.HEI, field)), SIZE_3, true), LEFT, TOP + line * LINE, SIZE_3,
                        BLACK);
                line++;
            }
        }
        // 7.2.4: 发文机关标志, red, centred, its top 35 mm below the 版心's top
        String mark = fonts.printable(Typeface.XIAOBIAOSONG, text.issuerMark());
        int count = (int) mark.codePoints().count();
        double charWidth = Math.min(ISSUER_MARK_MAX_CHAR, BODY_WIDTH / Math.max(count, 1));
        double markSize = points(charWidth);
        List<Glyph> markGlyphs = new ArrayList<>();
        mark.codePoints().forEach(c -> markGlyphs.add(new Glyph(c, fonts.fontFor(Typeface.XIAOBIAOSONG, c),
                Typeface.XIAOBIAOSONG, charWidth)));
        double markTop = TOP + ISSUER_MARK_FROM_TOP;
        place(markGlyphs, LEFT + (BODY_WIDTH - width(markGlyphs)) / 2, markTop, markSize, RED);
        double markBottom = markTop + charWidth;

        // 7.2.5 / 7.2.6: 发文字号 two lines below, centred; 上行文: left (空一字) with the 签发人 right (空一字)
        double numberTop = markBottom + NUMBER_LINES_BELOW_MARK * LINE;
        List<Glyph> number = shape(List.of(new Span(Typeface.FANGSONG, nullToEmpty(text.documentNumber()))),
                SIZE_3, true);
        if (text.upward()) {
            place(number, LEFT + CHAR, numberTop, SIZE_3, BLACK);
            if (notBlank(text.signerName())) {
                List<Glyph> signer = shape(List.of(new Span(Typeface.FANGSONG, "签发人："),
                        new Span(Typeface.KAI, text.signerName())), SIZE_3, true);
                place(signer, RIGHT_EDGE - CHAR - width(signer), numberTop, SIZE_3, BLACK);
            }
        } else {
            place(number, LEFT + (BODY_WIDTH - width(number)) / 2, numberTop, SIZE_3, BLACK);
        }
        // 7.2.7: the red line 4 mm below the 发文字号, as wide as the 版心
        double redLine = numberTop + mm(SIZE_3) + RED_LINE_BELOW_NUMBER;
        items.add(new PageLayout.Rule(LEFT, redLine, BODY_WIDTH, RED_LINE_WEIGHT, RED));

        // 7.3.1: the title two lines below the red line, 2 号小标宋, centred, broken into a 梯形
        y = redLine + TITLE_LINES_BELOW_RED_LINE * LINE;
        for (List<Glyph> titleLine : balancedTitle(text.title())) {
            fit(mm(SIZE_2));
            place(titleLine, LEFT + (BODY_WIDTH - width(titleLine)) / 2, y, SIZE_2, BLACK);
            y += LINE;
        }
        y += RECIPIENTS_LINES_BELOW_TITLE * LINE;
    }

    /** 10.1 信函格式: the mark near the page's top between red double lines, the number right, no 版心 header. */
    private void letterHeader(OfficialText text) {
        String mark = fonts.printable(Typeface.XIAOBIAOSONG, text.issuerMark());
        int count = (int) mark.codePoints().count();
        double charWidth = Math.min(ISSUER_MARK_MAX_CHAR, LETTER_LINE_LENGTH / Math.max(count, 1));
        List<Glyph> markGlyphs = new ArrayList<>();
        mark.codePoints().forEach(c -> markGlyphs.add(new Glyph(c, fonts.fontFor(Typeface.XIAOBIAOSONG, c),
                Typeface.XIAOBIAOSONG, charWidth)));
        double centre = LEFT + BODY_WIDTH / 2;
        place(markGlyphs, centre - width(markGlyphs) / 2, LETTER_MARK_FROM_PAGE_TOP, points(charWidth), RED);
        double lineX = centre - LETTER_LINE_LENGTH / 2;
        // 上粗下细 under the mark, 上细下粗 20 mm above the page's foot
        double top = LETTER_MARK_FROM_PAGE_TOP + charWidth + LETTER_LINE_BELOW_MARK;
        items.add(new PageLayout.Rule(lineX, top + LETTER_LINE_THICK / 2, LETTER_LINE_LENGTH, LETTER_LINE_THICK, RED));
        double below = top + LETTER_LINE_THICK + LETTER_LINE_GAP + LETTER_LINE_THIN;
        items.add(new PageLayout.Rule(lineX, below - LETTER_LINE_THIN / 2, LETTER_LINE_LENGTH, LETTER_LINE_THIN, RED));
        double foot = PAGE_HEIGHT - LETTER_BOTTOM_LINE_FROM_PAGE_BOTTOM;
        items.add(new PageLayout.Rule(lineX, foot - LETTER_LINE_THICK / 2, LETTER_LINE_LENGTH, LETTER_LINE_THICK, RED));
        items.add(new PageLayout.Rule(lineX, foot - LETTER_LINE_THICK - LETTER_LINE_GAP - LETTER_LINE_THIN / 2,
                LETTER_LINE_LENGTH, LETTER_LINE_THIN, RED));

        double first = below + LETTER_FIRST_ELEMENT_GAP;
        double last = first;
        int line = 0;
        for (String field : new String[] {text.copyNumber(), text.secrecy(), text.urgency()}) {
            if (notBlank(field)) {
                last = first + line * LINE;
                place(shape(List.of(new Span(line == 0 && field.equals(text.copyNumber()) ? Typeface.FANGSONG
                        : Typeface.HEI, field)), SIZE_3, true), LEFT, last, SIZE_3, BLACK);
                line++;
            }
        }
        List<Glyph> number = shape(List.of(new Span(Typeface.FANGSONG, nullToEmpty(text.documentNumber()))),
                SIZE_3, true);
        place(number, RIGHT_EDGE - width(number), first, SIZE_3, BLACK);
        y = last + (LETTER_TITLE_LINES_BELOW + 1) * LINE;
        for (List<Glyph> titleLine : balancedTitle(text.title())) {
            fit(mm(SIZE_2));
            place(titleLine, LEFT + (BODY_WIDTH - width(titleLine)) / 2, y, SIZE_2, BLACK);
            y += LINE;
        }
        y += RECIPIENTS_LINES_BELOW_TITLE * LINE;
    }

    private List<List<Glyph>> balancedTitle(String title) {
        List<Glyph> glyphs = shape(List.of(new Span(Typeface.XIAOBIAOSONG, title)), SIZE_2, false);
        double total = width(glyphs);
        int lines = (int) Math.ceil(total / BODY_WIDTH - 1e-9);
        if (lines <= 1) {
            return List.of(glyphs);
        }
        if (lines == 2) {
            List<List<Glyph>> two = twoTitleLines(glyphs);
            if (two != null) {
                return two;
            }
        }
        // top-heavy lines of about equal length (梯形); never wider than the 版心
        double widest = glyphs.stream().mapToDouble(Glyph::advance).max().orElse(0);
        List<List<Glyph>> balanced = wrap(glyphs, Math.min(BODY_WIDTH, total / lines + widest * 0.99), -1);
        return balanced.size() <= lines ? balanced : wrap(glyphs, BODY_WIDTH, -1);
    }

    /**
     * 7.3.1 回行时要做到词意完整, 排列对称: of the breaks that leave two lines of nearly equal length (within three
     * characters), the one after a phrase that ends a unit of meaning (关于 …, …年度, …的, a pause mark), never inside a
     * number, before closing or after opening punctuation; else the most even one. Null when no break fits.
     */
    private static List<List<Glyph>> twoTitleLines(List<Glyph> glyphs) {
        double total = width(glyphs);
        double em = glyphs.stream().mapToDouble(Glyph::advance).max().orElse(0);
        String text = string(glyphs);
        int[] codePoints = text.codePoints().toArray();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double first = 0;
        for (int k = 1; k < glyphs.size(); k++) {
            first += glyphs.get(k - 1).advance();
            double second = total - first;
            if (first > BODY_WIDTH + 1e-6 || second > BODY_WIDTH + 1e-6) {
                continue;
            }
            double imbalance = Math.abs(first - second) / em;
            if (imbalance > 3) {
                continue;
            }
            int before = codePoints[k - 1];
            int after = codePoints[k];
            double score = -imbalance;
            if (Character.isDigit(before) && (Character.isDigit(after) || "年月日%.．万亿元个号".indexOf(after) >= 0)) {
                score -= 20;
            }
            if ("，。、；：？！）》”〕".indexOf(after) >= 0 || "（《“〔".indexOf(before) >= 0) {
                score -= 20;
            }
            String head = text.substring(0, text.offsetByCodePoints(0, k));
            if (head.endsWith("关于") || head.endsWith("年度") || head.endsWith("、") || head.endsWith("》")
                    || head.endsWith("的") && codePoints.length - k > 2) {
                score += 3;
            } else if (head.endsWith("年") || head.endsWith("和") || head.endsWith("及") || head.endsWith("与")) {
                score += 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        return List.of(new ArrayList<>(glyphs.subList(0, best)), new ArrayList<>(glyphs.subList(best,
                glyphs.size())));
    }

    // ---- 7.3 主体 ---------------------------------------------------------------------------------------------

    private void mainBody(OfficialText text) {
        // 7.3.2 主送机关: 顶格, ending with a full-width colon
        if (notBlank(text.mainRecipients())) {
            flow(List.of(new Span(Typeface.FANGSONG, text.mainRecipients() + "：")), LEFT, LEFT);
        }
        // 7.3.3 正文: paragraphs indented two characters, lines back to the margin
        for (OfficialText.Paragraph paragraph : text.body()) {
            flow(spans(paragraph), LEFT + PARAGRAPH_INDENT_CHARS * CHAR, LEFT);
        }
        bodyPage = pages.size();
        bodyLines = lineStarts.size();
        // 7.3.4 附件说明: one line below the 正文, "附件：1. …" with the names aligned
        List<String> attachments = text.attachments() == null ? List.of() : text.attachments();
        List<Glyph> label = shape(List.of(new Span(Typeface.FANGSONG, "附件：")), SIZE_3, true);
        double labelX = LEFT + PARAGRAPH_INDENT_CHARS * CHAR;
        double namesX = labelX + width(label);
        List<List<Glyph>> numbers = new ArrayList<>();
        List<List<List<Glyph>>> names = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < attachments.size(); i++) {
            String prefix = attachments.size() > 1 ? (i + 1) + ". " : "";
            List<Glyph> number = shape(List.of(new Span(Typeface.FANGSONG, prefix)), SIZE_3, true);
            double hang = namesX + width(number);
            numbers.add(number);
            names.add(wrap(shape(List.of(new Span(Typeface.FANGSONG, attachments.get(i))), SIZE_3, true),
                    RIGHT_EDGE - hang, RIGHT_EDGE - hang));
            count += names.get(i).size();
        }
        // 7.3.5.5: where the 附件说明, the seal with the 署名 and 成文日期, and the 附注 do not fit under the 正文's last
        // lines, this page's lines are set closer (the seal never stands on a page without 正文)
        int closingLines = count == 0 ? 0 : ATTACHMENTS_LINES_BELOW_BODY + count;
        double signature = signatureArea(text);
        if (y + closingLines * LINE + signature > BOTTOM_EDGE + 1e-6) {
            squeeze(closingLines, signature);
        }
        if (count == 0) {
            return;
        }
        double needed = (ATTACHMENTS_LINES_BELOW_BODY + count - 1) * pitch + mm(SIZE_3);
        if (y + needed > BOTTOM_EDGE + 1e-6 && needed + 2 * LINE <= BODY_HEIGHT && bodyLines > 2) {
            // the 附件说明 stays together and with 正文 above it, for the seal never stands on a page without
            // 正文 (7.3.5): the last two lines of the 正文 go over with it
            carryOver(2);
            bodyPage = pages.size();
            bodyLines = lineStarts.size();
        }
        y += ATTACHMENTS_LINES_BELOW_BODY * pitch;
        for (int i = 0; i < attachments.size(); i++) {
            List<Glyph> number = numbers.get(i);
            double hang = namesX + width(number);
            List<List<Glyph>> lines = names.get(i);
            for (int l = 0; l < lines.size(); l++) {
                fit(mm(SIZE_3));
                lineStarts.add(items.size());
                if (l == 0) {
                    if (i == 0) {
                        place(label, labelX, y, SIZE_3, BLACK);
                    }
                    place(number, namesX, y, SIZE_3, BLACK);
                }
                place(lines.get(l), hang, y, SIZE_3, BLACK);
                y += pitch;
            }
        }
    }

    /** The heading level's face for the heading sentence (up to the first 。), 仿宋 for the rest. */
    static List<Span> spans(OfficialText.Paragraph paragraph) {
        Typeface face = switch (paragraph.level()) {
            case 1 -> Typeface.HEI;
            case 2 -> Typeface.KAI;
            default -> Typeface.FANGSONG;
        };
        String text = paragraph.text();
        if (face == Typeface.FANGSONG) {
            return List.of(new Span(face, text));
        }
        int end = text.indexOf('。');
        if (end < 0 || end == text.length() - 1) {
            return List.of(new Span(face, text));
        }
        return List.of(new Span(face, text.substring(0, end + 1)), new Span(Typeface.FANGSONG,
                text.substring(end + 1)));
    }

    /** A paragraph of 3 号 text flowed over the lines (and pages), justified to the 版心 but for its last line. */
    private void flow(List<Span> spans, double firstX, double restX) {
        List<List<Glyph>> lines = lines(spans, firstX, restX);
        for (int i = 0; i < lines.size(); i++) {
            fit(mm(SIZE_3));
            double x = i == 0 ? firstX : restX;
            List<Glyph> line = i < lines.size() - 1 ? justify(lines.get(i), RIGHT_EDGE - x) : lines.get(i);
            lineStarts.add(items.size());
            place(line, x, y, SIZE_3, BLACK);
            y += pitch;
        }
    }

    // ---- 7.3.5 署名, 成文日期, 印章; 7.3.6 附注 ------------------------------------------------------------------

    private Seals.StampPlacement signature(OfficialText text) {
        double diameter = sealDiameter(text);
        int nameLine = signatureLine(diameter);
        if (y + signatureArea(text) > BOTTOM_EDGE + 1e-6) {
            // 7.3.5.5: the seal and the date never stand alone on a page, nor with the 附件说明 only: where setting
            // the lines closer did not make room, the last two lines of the 正文 go over with them (and the 附件说明)
            int after = bodyPage == pages.size() ? lineStarts.size() - bodyLines : 0;
            carryOver(2 + after);
        }
        double sealTop = y;
        List<Glyph> date = shape(List.of(new Span(Typeface.FANGSONG, OfficialText.date(text.date()))), SIZE_3, true);
        double dateX = RIGHT_EDGE - DATE_RIGHT_INDENT_CHARS * CHAR - width(date);
        double centre = dateX + width(date) / 2;
        List<Glyph> name = shape(List.of(new Span(Typeface.FANGSONG, nullToEmpty(text.issuerName()))), SIZE_3,
                true);
        double nameX = Math.min(centre - width(name) / 2, RIGHT_EDGE - width(name));
        double nameTop = sealTop + nameLine * LINE;
        place(name, nameX, nameTop, SIZE_3, BLACK);
        place(date, dateX, nameTop + LINE, SIZE_3, BLACK);
        y = nameTop + 2 * LINE;
        Seals.StampPlacement seal = new Seals.StampPlacement(pages.size() - 1, centre - diameter / 2, sealTop,
                diameter, diameter);
        if (notBlank(text.annotation())) {
            flow(annotation(text), LEFT + ANNOTATION_INDENT_CHARS * CHAR, LEFT);
        }
        y = Math.max(y, sealTop + diameter);
        return seal;
    }

    private static double sealDiameter(OfficialText text) {
        return text.sealDiameter() > 0 ? text.sealDiameter() : SEAL_DIAMETER;
    }

    /**
     * The line below the seal's top that the 署名 stands on, the 成文日期 on the next: below the seal's centre (its top
     * within one line of the text above).
     */
    private static int signatureLine(double diameter) {
        return Math.max(1, (int) Math.ceil((diameter / 2 - (LINE + mm(SIZE_3)) / 2) / LINE));
    }

    /** The height the seal with the 署名 and 成文日期 under it, and the 附注 below them, take under the text. */
    private double signatureArea(OfficialText text) {
        double diameter = sealDiameter(text);
        int below = signatureLine(diameter) + 1;
        if (notBlank(text.annotation())) {
            below += lines(annotation(text), LEFT + ANNOTATION_INDENT_CHARS * CHAR, LEFT).size();
        }
        return Math.max(diameter, below * LINE + mm(SIZE_3));
    }

    /** 7.3.6 附注: in parentheses. */
    private static List<Span> annotation(OfficialText text) {
        return List.of(new Span(Typeface.FANGSONG, "（" + text.annotation() + "）"));
    }

    // ---- 7.4 版记 ---------------------------------------------------------------------------------------------

    private void imprint(OfficialText text) {
        double size = SIZE_4;
        double charWidth = mm(size);
        double textWidth = BODY_WIDTH - 2 * IMPRINT_INDENT_CHARS * charWidth;
        List<List<Glyph>> copyLines = List.of();
        double hang = 0;
        if (notBlank(text.copyTo())) {
            List<Glyph> label = shape(List.of(new Span(Typeface.FANGSONG, "抄送：")), size, false);
            hang = width(label);
            List<Glyph> all = new ArrayList<>(label);
            all.addAll(shape(List.of(new Span(Typeface.FANGSONG, text.copyTo() + "。")), size, false));
            copyLines = wrap(all, textWidth, textWidth - hang);
        }
        if (text.letter()) {
            // 10.1: no 印发机关, 印发日期 or rules; the 抄送 at the foot of the last page's 版心
            double top = BOTTOM_EDGE - copyLines.size() * IMPRINT_ROW;
            if (y > top) {
                newPage();
            }
            for (int i = 0; i < copyLines.size(); i++) {
                double x = LEFT + IMPRINT_INDENT_CHARS * charWidth + (i == 0 ? 0 : hang);
                place(copyLines.get(i), x, top + i * IMPRINT_ROW + (IMPRINT_ROW - charWidth) / 2, size, BLACK);
            }
            return;
        }
        int rows = copyLines.size() + 1;
        double top = BOTTOM_EDGE - rows * IMPRINT_ROW;
        if (y > top) {
            newPage();
        }
        double rowTop = top;
        items.add(new PageLayout.Rule(LEFT, top, BODY_WIDTH, RULE_THICK, BLACK));
        double inset = (IMPRINT_ROW - charWidth) / 2;
        for (int i = 0; i < copyLines.size(); i++) {
            double x = LEFT + IMPRINT_INDENT_CHARS * charWidth + (i == 0 ? 0 : hang);
            place(copyLines.get(i), x, rowTop + inset, size, BLACK);
            rowTop += IMPRINT_ROW;
        }
        if (!copyLines.isEmpty()) {
            items.add(new PageLayout.Rule(LEFT, rowTop, BODY_WIDTH, RULE_THIN, BLACK));
        }
        List<Glyph> printer = shape(List.of(new Span(Typeface.FANGSONG, nullToEmpty(text.printer()))), size, false);
        List<Glyph> printed = shape(List.of(new Span(Typeface.FANGSONG,
                OfficialText.date(text.printDate()) + "印发")), size, false);
        place(printer, LEFT + IMPRINT_INDENT_CHARS * charWidth, rowTop + inset, size, BLACK);
        place(printed, RIGHT_EDGE - IMPRINT_INDENT_CHARS * charWidth - width(printed), rowTop + inset, size, BLACK);
        items.add(new PageLayout.Rule(LEFT, BOTTOM_EDGE, BODY_WIDTH, RULE_THICK, BLACK));
    }

    // ---- 7.5 页码 ---------------------------------------------------------------------------------------------

    private void pageNumbers(int from) {
        double size = SIZE_4;
        for (int i = from; i < pages.size(); i++) {
            List<Glyph> number = shape(List.of(new Span(Typeface.SONG, "— " + (i + 1) + " —")), size, false);
            // the dashes' middle 7 mm below the 版心; odd pages right, even pages left, one character in
            double top = BOTTOM_EDGE + PAGE_NUMBER_BELOW_BODY - mm(size) / 2;
            boolean odd = (i + 1) % 2 == 1;
            double x = odd ? RIGHT_EDGE - mm(size) - width(number) : LEFT + mm(size);
            items = pages.get(i);
            place(number, x, top, size, BLACK);
        }
    }

    // ---- shaping, breaking, placing ----------------------------------------------------------------------------

    private List<Glyph> shape(List<Span> spans, double size, boolean grid) {
        List<Glyph> glyphs = new ArrayList<>();
        double sizeMm = mm(size);
        for (Span span : spans) {
            fonts.printable(span.face(), span.text()).codePoints().forEach(c -> {
                LayoutFonts.FontFile font = fonts.fontFor(span.face(), c);
                double advance = grid && wide(c) ? CHAR * size / SIZE_3 : font.advance(c) * sizeMm;
                glyphs.add(new Glyph(c, font, span.face(), advance));
            });
        }
        return glyphs;
    }

    /** 3 号 text broken into lines from {@code firstX} (then {@code restX}) to the 版心's right edge. */
    private List<List<Glyph>> lines(List<Span> spans, double firstX, double restX) {
        return wrap(shape(spans, SIZE_3, true), RIGHT_EDGE - firstX, RIGHT_EDGE - restX);
    }

    /** Lines at most {@code first} (then {@code rest}) millimetres wide; {@code rest < 0}: as wide as the first. */
    private static List<List<Glyph>> wrap(List<Glyph> glyphs, double first, double rest) {
        List<List<Glyph>> lines = new ArrayList<>();
        int start = 0;
        while (start < glyphs.size()) {
            double limit = lines.isEmpty() || rest < 0 ? first : rest;
            double used = 0;
            int end = start;
            while (end < glyphs.size() && used + glyphs.get(end).advance() <= limit + 1e-6) {
                used += glyphs.get(end).advance();
                end++;
            }
            if (end == start) {
                end = start + 1;
            }
            if (end < glyphs.size()) {
                int breakAt = end;
                while (breakAt > start + 1 && !breakable(glyphs, breakAt)) {
                    breakAt--;
                }
                if (breakAt > start + 1 || breakable(glyphs, breakAt)) {
                    end = breakAt;
                }
            }
            List<Glyph> line = new ArrayList<>(glyphs.subList(start, end));
            while (!line.isEmpty() && line.get(line.size() - 1).codePoint() == ' ') {
                line.remove(line.size() - 1);
            }
            lines.add(line);
            start = end;
            while (start < glyphs.size() && glyphs.get(start).codePoint() == ' ') {
                start++;
            }
        }
        return lines;
    }

    /** Whether a line may break before {@code glyphs[i]}. */
    private static boolean breakable(List<Glyph> glyphs, int i) {
        int before = glyphs.get(i - 1).codePoint();
        int after = glyphs.get(i).codePoint();
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        return before == ' ' || after == ' ' || wide(before) || wide(after);
    }

    private static boolean wide(int c) {
        return c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFFDC);
    }

    /** The line stretched to the width: the space left shared between its characters (撑满版心). */
    private static List<Glyph> justify(List<Glyph> line, double width) {
        double extra = width - width(line);
        if (line.size() < 2 || extra <= 0 || extra > width * 0.25) {
            return line;
        }
        double each = extra / (line.size() - 1);
        List<Glyph> justified = new ArrayList<>(line.size());
        for (int i = 0; i < line.size(); i++) {
            Glyph g = line.get(i);
            justified.add(i == line.size() - 1 ? g : new Glyph(g.codePoint(), g.font(), g.face(), g.advance() + each));
        }
        return justified;
    }

    /** Places the glyphs with their em box's top at {@code top}, one text item per font. */
    private void place(List<Glyph> glyphs, double x, double top, double size, int[] rgb) {
        double baseline = top + ASCENT * mm(size);
        int i = 0;
        while (i < glyphs.size()) {
            int j = i;
            StringBuilder text = new StringBuilder();
            List<Double> advances = new ArrayList<>();
            double runX = x;
            while (j < glyphs.size() && glyphs.get(j).font() == glyphs.get(i).font()) {
                text.appendCodePoint(glyphs.get(j).codePoint());
                advances.add(glyphs.get(j).advance());
                x += glyphs.get(j).advance();
                j++;
            }
            if (!text.toString().isBlank()) {
                items.add(new PageLayout.Text(glyphs.get(i).font().index(), glyphs.get(i).face(), size, rgb, runX,
                        baseline, text.toString(), advances.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            i = j;
        }
    }

    private static double width(List<Glyph> glyphs) {
        return glyphs.stream().mapToDouble(Glyph::advance).sum();
    }

    private static String string(List<Glyph> glyphs) {
        StringBuilder s = new StringBuilder();
        glyphs.forEach(g -> s.appendCodePoint(g.codePoint()));
        return s.toString();
    }

    private void newPage() {
        items = new ArrayList<>();
        pages.add(items);
        lineStarts.clear();
        y = TOP;
        pitch = LINE;
    }

    /**
     * 7.3.5.5: sets the lines of the 主体 on this page closer, all alike, so that {@code lines} more of them and then
     * {@code below} millimetres fit above the 版心's foot; unless that would take them closer than
     * {@link Gbt9704#TIGHTEST_LINE}, when the page stays as it is.
     */
    private void squeeze(int lines, double below) {
        if (lineStarts.isEmpty() || lineStarts.get(0) >= items.size()) {
            return;
        }
        double first = ((PageLayout.Text) items.get(lineStarts.get(0))).baseline();
        double firstTop = first - ASCENT * mm(SIZE_3);
        double factor = (BOTTOM_EDGE - below - firstTop) / (y - firstTop + lines * pitch);
        if (factor >= 1 || factor * pitch < TIGHTEST_LINE) {
            return;
        }
        for (int i = lineStarts.get(0); i < items.size(); i++) {
            PageLayout.Text text = (PageLayout.Text) items.get(i);
            items.set(i, text.at(first + (text.baseline() - first) * factor));
        }
        y = firstTop + (y - firstTop) * factor;
        pitch *= factor;
    }

    /** A new page that begins with the current page's last lines of text (when it has more than those). */
    private void carryOver(int lines) {
        List<PageLayout.Item> previous = items;
        int from = lineStarts.size() > lines ? lineStarts.get(lineStarts.size() - lines) : previous.size();
        List<PageLayout.Item> moved = new ArrayList<>(previous.subList(from, previous.size()));
        previous.subList(from, previous.size()).clear();
        double shift = moved.isEmpty() ? 0 : TOP + ASCENT * mm(SIZE_3) - ((PageLayout.Text) moved.get(0)).baseline();
        newPage();
        for (PageLayout.Item item : moved) {
            PageLayout.Text text = (PageLayout.Text) item;
            items.add(text.at(text.baseline() + shift));
            y = Math.max(y, text.baseline() + shift - ASCENT * mm(SIZE_3) + LINE);
        }
    }

    private void fit(double height) {
        if (y + height > BOTTOM_EDGE + 1e-6) {
            newPage();
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
