package org.zhengtong.document.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengtong.document.internal.layout.PdfProbe.Glyph;
import org.zhengtong.seal.Seals;

/**
 * The red-header 公文 measured from the PDF itself against GB/T 9704-2012: page, margins, 版头, red line, line pitch,
 * headings, 附件说明, 署名 and 成文日期 under the seal's area, 版记, page numbers, fonts.
 */
class OfficialLayoutTest {

    static LayoutFonts fonts;
    static PageLayout layout;
    static PdfProbe pdf;

    @BeforeAll
    static void render() throws IOException {
        fonts = LayoutFonts.open(SampleDocuments.FONTS);
        layout = OfficialLayout.layout(SampleDocuments.request(), fonts);
        pdf = PdfProbe.of(PdfWriter.write(layout, fonts, "sample"));
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    @Test
    void everyPageIsA4AndTheTextRunsOverSeveralPages() {
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2).isEqualTo(layout.pages().size());
        for (double[] size : pdf.pageSizes) {
            assertThat(size[0]).isCloseTo(210, within(0.2));
            assertThat(size[1]).isCloseTo(297, within(0.2));
        }
    }

    @Test
    void theBodyStandsInTheTypeAreaOf156By225MillimetresFrom28And37() {
        // page 2 is all 主体: its first line's characters stand at the 版心's top, lines start at the 订口
        List<List<Glyph>> lines = bodyLines(1);
        assertThat(lines.get(0).get(0).top()).isCloseTo(37, within(1.0));
        double left = lines.stream().mapToDouble(l -> l.get(0).x()).min().orElseThrow();
        assertThat(left).isCloseTo(28, within(1.0));
        double right = lines.stream().mapToDouble(l -> l.get(l.size() - 1).right()).max().orElseThrow();
        assertThat(right).isCloseTo(184, within(1.0));
        // nothing of the 主体 below the 版心
        for (List<Glyph> line : lines) {
            assertThat(line.get(0).bottom()).isLessThanOrEqualTo(262.01);
        }
    }

    @Test
    void aFullPageHas22LinesAtTheSamePitchAnd28CharactersALine() {
        List<List<Glyph>> lines = bodyLines(1);
        assertThat(lines).hasSize(22);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline())
                    .isCloseTo(225.0 / 22, within(0.05));
        }
        // a line of Chinese only holds 28 characters from margin to margin
        List<Glyph> full = lines.stream().filter(l -> l.size() == 28 && l.get(0).x() < 28.5).findFirst().orElseThrow();
        assertThat(full.get(1).x() - full.get(0).x()).isCloseTo(156.0 / 28, within(0.05));
    }

    @Test
    void theHeaderHasSecrecyUrgencyTheRedIssuerMarkTheNumberAndSignerAndTheRedLine() {
        List<List<Glyph>> lines = pdf.lines(0);
        // 7.2.2, 7.2.3: 密级 on the 版心's first line, 紧急程度 on the next, 顶格
        assertThat(PdfProbe.text(lines.get(0))).isEqualTo("机密★1年");
        assertThat(PdfProbe.text(lines.get(1))).isEqualTo("特急");
        assertThat(lines.get(0).get(0).x()).isCloseTo(28, within(0.5));
        assertThat(lines.get(0).get(0).top()).isCloseTo(37, within(1.0));
        assertThat(lines.get(1).get(0).baseline() - lines.get(0).get(0).baseline()).isCloseTo(225.0 / 22, within(0.05));

        // 7.2.4: the mark centred, its top 35 mm below the 版心's top
        List<Glyph> mark = pdf.line(0, "市财政局文件");
        assertThat(PdfProbe.text(mark)).isEqualTo("市财政局文件");
        assertThat(mark.get(0).top()).isCloseTo(37 + 35, within(1.0));
        assertThat((mark.get(0).x() + mark.get(mark.size() - 1).right()) / 2).isCloseTo(28 + 78, within(1.0));

        // 7.2.5, 7.2.6: a 请示's number two lines below the mark, left 空一字; the 签发人 right 空一字
        List<Glyph> numberLine = pdf.line(0, "财预〔2026〕12号");
        List<Glyph> number = PdfProbe.part(numberLine, "财预〔2026〕12号");
        assertThat(number.get(0).top() - mark.get(0).bottom()).isCloseTo(2 * 225.0 / 22, within(1.0));
        assertThat(number.get(0).x()).isCloseTo(28 + 156.0 / 28, within(0.5));
        List<Glyph> signer = PdfProbe.part(numberLine, "签发人：张三");
        assertThat(signer.get(signer.size() - 1).right()).isCloseTo(184 - 156.0 / 28, within(0.5));
        assertThat(signer.get(5).font().getName()).contains("Kai");
        assertThat(signer.get(0).font().getName()).doesNotContain("Kai");

        // 7.2.7: one red line 4 mm below the number, as wide as the 版心
        List<PdfProbe.Rect> red = pdf.rects.stream().filter(PdfProbe.Rect::red).toList();
        assertThat(red).hasSize(1);
        PdfProbe.Rect line = red.get(0);
        assertThat(line.page()).isZero();
        assertThat(line.x()).isCloseTo(28, within(0.1));
        assertThat(line.width()).isCloseTo(156, within(0.1));
        assertThat(line.y() + line.height() / 2 - number.get(0).bottom()).isCloseTo(4, within(0.5));

        // 7.3.1: the title two lines below the red line, 2 号, centred on every line
        List<Glyph> title = pdf.line(0, "市财政局关于做好");
        assertThat(title.get(0).size()).isCloseTo(22, within(0.01));
        assertThat(title.get(0).top() - line.y()).isCloseTo(2 * 225.0 / 22, within(1.0));
        List<List<Glyph>> titleLines = pdf.lines(0).stream().filter(l -> l.get(0).size() > 21 && l.get(0).size() < 23)
                .toList();
        assertThat(titleLines).hasSize(2);
        for (List<Glyph> titleLine : titleLines) {
            assertThat((titleLine.get(0).x() + titleLine.get(titleLine.size() - 1).right()) / 2)
                    .isCloseTo(106, within(1.0));
        }
        assertThat(titleLines.get(0).size()).isGreaterThanOrEqualTo(titleLines.get(1).size());

        // 7.3.2: 主送机关 one line below the title, 顶格, with a full-width colon
        List<Glyph> recipients = pdf.line(0, "市人民政府：");
        assertThat(recipients.get(0).x()).isCloseTo(28, within(0.5));
        assertThat(recipients.get(0).top() - titleLines.get(1).get(0).top()).isCloseTo(2 * 225.0 / 22, within(0.5));
    }

    @Test
    void theNumberOfADownwardDocumentIsCentredUnderTheMark() throws IOException {
        OfficialText sample = SampleDocuments.request();
        OfficialText notice = new OfficialText(null, null, null, sample.issuerMark(), "财预〔2026〕13号", false,
                null, "关于做好部门预算编制工作的通知", "各县（市、区）财政局", sample.body(), List.of(),
                sample.issuerName(), sample.date(), null, null, sample.printer(), sample.printDate(), 42);
        PdfProbe probe = PdfProbe.of(PdfWriter.write(OfficialLayout.layout(notice, fonts), fonts, "notice"));
        List<Glyph> mark = probe.line(0, "市财政局文件");
        List<Glyph> number = probe.line(0, "财预〔2026〕13号");
        assertThat(PdfProbe.text(number)).isEqualTo("财预〔2026〕13号");
        assertThat((number.get(0).x() + number.get(number.size() - 1).right()) / 2).isCloseTo(106, within(0.5));
        assertThat(number.get(0).top() - mark.get(0).bottom()).isCloseTo(2 * 225.0 / 22, within(1.0));
        assertThat(mark.get(0).top()).isCloseTo(72, within(1.0));
        assertThat(probe.glyphs).noneMatch(g -> g.text().equals("签"));
    }

    @Test
    void aLetterHasTheLetterFormatBetweenRedDoubleLines() throws IOException {
        OfficialText sample = SampleDocuments.request();
        OfficialText letter = new OfficialText(null, "秘密★1年", null, "市财政局", "财函〔2026〕8号", false, null,
                "关于商请提供2027年度预算编制有关资料的函", "市统计局", sample.body(), List.of(), sample.issuerName(),
                sample.date(), null, "市审计局", sample.printer(), sample.printDate(), 42, true);
        byte[] bytes = PdfWriter.write(OfficialLayout.layout(letter, fonts), fonts, "letter");
        PdfProbe probe = PdfProbe.of(bytes);
        List<Glyph> mark = probe.line(0, "市财政局");
        assertThat(PdfProbe.text(mark)).isEqualTo("市财政局");
        assertThat(mark.get(0).top()).isCloseTo(30, within(1.0));
        List<PdfProbe.Rect> red = probe.rects.stream().filter(PdfProbe.Rect::red)
                .sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
        assertThat(red).hasSize(4).allSatisfy(r -> {
            assertThat(r.page()).isZero();
            assertThat(r.width()).isCloseTo(170, within(0.1));
        });
        // 上粗下细 4 mm below the mark, 上细下粗 20 mm above the page's foot
        assertThat(red.get(0).y() - mark.get(0).bottom()).isCloseTo(4, within(0.5));
        assertThat(red.get(0).height()).isGreaterThan(red.get(1).height());
        assertThat(red.get(3).y() + red.get(3).height()).isCloseTo(277, within(0.1));
        assertThat(red.get(3).height()).isGreaterThan(red.get(2).height());
        // the number 顶格 right, the 密级 顶格 left, both 7/8 of a 3 号 character below the double line
        List<Glyph> number = probe.line(0, "财函〔2026〕8号");
        double below = red.get(1).y() + red.get(1).height();
        assertThat(number.get(number.size() - 1).right()).isCloseTo(184, within(0.5));
        assertThat(PdfProbe.part(number, "财").get(0).top() - below).isCloseTo(7.0 / 8 * 16 * PdfProbe.PT, within(0.5));
        assertThat(PdfProbe.part(number, "秘密★1年").get(0).x()).isCloseTo(28, within(0.5));
        // no page number on the first page, none of the 文件格式's 印发 line
        assertThat(PdfProbe.text(probe.on(0))).doesNotContain("— 1 —");
        assertThat(PdfProbe.text(probe.on(probe.pages() - 1))).contains("— " + probe.pages() + " —", "抄送：市审计局。")
                .doesNotContain("印发");
    }

    @Test
    void headingsOfTheFourLevelsTakeTheirFaces() {
        Glyph first = PdfProbe.part(pdf.line(0, "一、总体要求。"), "一、总体要求。").get(2);
        Glyph afterFirst = PdfProbe.part(pdf.line(0, "坚持量入为出"), "坚持").get(0);
        Glyph second = PdfProbe.part(pdf.line(0, "（一）严格预算约束。"), "严格").get(0);
        Glyph third = PdfProbe.part(pdf.line(0, "1.规范支出范围。"), "规范").get(0);
        Glyph body = PdfProbe.part(pdf.line(0, "为做好2027年度"), "为做好").get(0);
        assertThat(first.font().getName()).contains("MicroHei");
        assertThat(afterFirst.font().getName()).isEqualTo(body.font().getName());
        assertThat(second.font().getName()).contains("Kai");
        assertThat(third.font().getName()).isEqualTo(body.font().getName());
        // paragraphs start two characters in
        assertThat(PdfProbe.part(pdf.line(0, "为做好2027年度"), "为").get(0).x()).isCloseTo(28 + 2 * 156.0 / 28,
                within(0.3));
    }

    @Test
    void theAttachmentsSignatureDateAndAnnotationFollowTheBodyWithTheSealAreaLeftEmpty() {
        int last = pdf.pages() - 1;
        List<Glyph> attachments = pdf.line(last, "附件：1. 2027年度部门预算编制说明");
        assertThat(attachments.get(0).x()).isCloseTo(28 + 2 * 156.0 / 28, within(0.3));
        List<Glyph> second = pdf.line(last, "2. 2027年度部门预算报表格式和填报要求");
        // the second attachment's number under the first one's
        assertThat(PdfProbe.part(second, "2.").get(0).x()).isCloseTo(PdfProbe.part(attachments, "1.").get(0).x(),
                within(0.1));
        List<Glyph> lastBodyLine = pdf.line(last, "以上请示当否，请批示。");
        assertThat(attachments.get(0).baseline() - lastBodyLine.get(0).baseline()).isCloseTo(2 * 225.0 / 22,
                within(0.1));

        // 7.3.5.1: the date 右空四字 in Arabic numerals, the 署名 centred over it
        List<Glyph> date = pdf.line(last, "2026年11月26日");
        assertThat(PdfProbe.text(date)).isEqualTo("2026年11月26日");
        assertThat(date.get(date.size() - 1).right()).isCloseTo(184 - 4 * 156.0 / 28, within(0.3));
        List<Glyph> name = lineAbove(last, date);
        assertThat(PdfProbe.text(name)).isEqualTo("市财政局");
        double dateCentre = (date.get(0).x() + date.get(date.size() - 1).right()) / 2;
        assertThat((name.get(0).x() + name.get(name.size() - 1).right()) / 2).isCloseTo(dateCentre, within(0.5));

        // the seal: centred on the date, its top within one line of the text above, 署名 and date below its centre
        Seals.StampPlacement seal = layout.seal();
        assertThat(seal.pageIndex()).isEqualTo(last);
        assertThat(seal.widthMm()).isEqualTo(42);
        assertThat(seal.xMm() + seal.widthMm() / 2).isCloseTo(dateCentre, within(0.2));
        List<Glyph> lastAttachment = second;
        double gap = seal.yMm() - lastAttachment.get(0).bottom();
        assertThat(gap).isBetween(0.0, 225.0 / 22);
        double centre = seal.yMm() + seal.heightMm() / 2;
        assertThat(name.get(0).top()).isLessThan(seal.yMm() + seal.heightMm());
        assertThat((name.get(0).top() + date.get(0).bottom()) / 2).isGreaterThan(centre);
        assertThat(date.get(0).bottom()).isLessThan(seal.yMm() + seal.heightMm());
        // nothing else is printed under the seal
        for (Glyph g : pdf.on(last)) {
            boolean inside = g.right() > seal.xMm() && g.x() < seal.xMm() + seal.widthMm()
                    && g.bottom() > seal.yMm() && g.top() < seal.yMm() + seal.heightMm();
            if (inside) {
                assertThat(g.baseline()).as(g.text()).isIn(name.get(0).baseline(), date.get(0).baseline());
            }
        }
        // 7.3.6: 附注 below the date, 空二字, in parentheses
        List<Glyph> annotation = pdf.line(last, "（此件公开发布）");
        assertThat(annotation.get(0).x()).isCloseTo(28 + 2 * 156.0 / 28, within(0.3));
        assertThat(annotation.get(0).baseline()).isGreaterThan(date.get(0).baseline());
    }

    @Test
    void theImprintSitsAtTheFootOfTheLastPageBetweenItsRules() {
        int last = pdf.pages() - 1;
        List<PdfProbe.Rect> rules = pdf.rects.stream().filter(r -> !r.red() && r.page() == last)
                .sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
        assertThat(rules).hasSize(3);
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.x()).isCloseTo(28, within(0.1));
            assertThat(r.width()).isCloseTo(156, within(0.1));
        });
        assertThat(rules.get(0).height()).isCloseTo(0.35, within(0.01));
        assertThat(rules.get(1).height()).isCloseTo(0.25, within(0.01));
        assertThat(rules.get(2).height()).isCloseTo(0.35, within(0.01));
        assertThat(rules.get(2).y() + rules.get(2).height() / 2).isCloseTo(262, within(0.1));

        List<Glyph> copies = pdf.line(last, "抄送：市发展改革委，市审计局，市人力资源社会保障局。");
        assertThat(copies.get(0).size()).isCloseTo(14, within(0.01));
        assertThat(copies.get(0).x()).isCloseTo(28 + 14 * PdfProbe.PT, within(0.3));
        assertThat(copies.get(0).top()).isBetween(rules.get(0).y(), rules.get(1).y());
        List<Glyph> imprint = pdf.line(last, "市财政局办公室");
        assertThat(imprint.get(0).x()).isCloseTo(28 + 14 * PdfProbe.PT, within(0.3));
        List<Glyph> printed = PdfProbe.part(imprint, "2026年11月26日印发");
        assertThat(printed.get(printed.size() - 1).right()).isCloseTo(184 - 14 * PdfProbe.PT, within(0.3));
        assertThat(imprint.get(0).top()).isBetween(rules.get(1).y(), rules.get(2).y());
    }

    @Test
    void pageNumbersAlternateSidesSevenMillimetresBelowTheTypeArea() {
        for (int page = 0; page < pdf.pages(); page++) {
            String expected = "— " + (page + 1) + " —";
            List<Glyph> number = pdf.line(page, expected);
            assertThat(PdfProbe.text(number)).isEqualTo(expected);
            assertThat(number.get(0).size()).isCloseTo(14, within(0.01));
            // the dashes' middle 7 mm below the 版心
            assertThat((number.get(0).top() + number.get(0).bottom()) / 2).isCloseTo(262 + 7, within(1.0));
            if (page % 2 == 0) {
                assertThat(number.get(number.size() - 1).right()).isCloseTo(184 - 14 * PdfProbe.PT, within(0.5));
            } else {
                assertThat(number.get(0).x()).isCloseTo(28 + 14 * PdfProbe.PT, within(0.5));
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndEveryCharacterHasItsGlyph() {
        assertThat(pdf.fonts).isNotEmpty();
        for (PDFont font : pdf.fonts) {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
        assertThat(pdf.glyphs).isNotEmpty().allSatisfy(g -> assertThat(g.hasGlyph()).as(g.text()).isTrue());
        assertThat(pdf.glyphs).noneMatch(g -> g.text().equals("〓") || g.text().equals("?"));
    }

    @Test
    void charactersTheFaceLacksComeFromAnotherFontAndUnknownOnesAreMarked() throws IOException {
        // 镕 is not in GB 2312 (the 宋体 stands in for 仿宋) but the 黑体 has it; U+2A6D6 is in no font here
        OfficialText sample = SampleDocuments.request();
        OfficialText text = new OfficialText(null, null, null, sample.issuerMark(), "财预〔2026〕14号", false, null,
                "关于朱镕基同志题词的通知", null, List.of(new OfficialText.Paragraph(0, "朱镕基\uD869\uDED6同志")), List.of(),
                sample.issuerName(), sample.date(), null, null, sample.printer(), sample.printDate(), 42);
        PdfProbe probe = PdfProbe.of(PdfWriter.write(OfficialLayout.layout(text, fonts), fonts, "t"));
        List<Glyph> line = probe.line(0, "朱镕基〓同志");
        assertThat(line.get(1).font().getName()).isNotEqualTo(line.get(0).font().getName());
        assertThat(probe.glyphs).allSatisfy(g -> assertThat(g.hasGlyph()).as(g.text()).isTrue());
    }

    @Test
    void theBodyHtmlBecomesParagraphsWithTheirLevels() {
        List<OfficialText.Paragraph> paragraphs = BodyText.paragraphs("<p>开头<strong>加粗</strong>。</p><h2>一、总体要求</h2>"
                + "<p>（一）第二层</p><p>1.第三层</p><p>（1）第四层<br>换行</p><ul><li>2026.5 不是标题</li></ul>");
        assertThat(paragraphs).extracting(OfficialText.Paragraph::text)
                .containsExactly("开头加粗。", "一、总体要求", "（一）第二层", "1.第三层", "（1）第四层", "换行", "2026.5 不是标题");
        assertThat(paragraphs).extracting(OfficialText.Paragraph::level).containsExactly(0, 1, 2, 3, 4, 0, 0);
    }

    @Test
    void theSealAndTheDateNeverStandAloneOnAPage() {
        OfficialText sample = SampleDocuments.request();
        for (int paragraphs = 1; paragraphs <= 24; paragraphs++) {
            List<OfficialText.Paragraph> body = new ArrayList<>();
            for (int i = 0; i < paragraphs; i++) {
                body.add(new OfficialText.Paragraph(0, "各部门要认真落实预算管理制度改革要求，加强预算执行监控，提高财政资金使用效益。"));
            }
            OfficialText text = new OfficialText(null, null, null, sample.issuerMark(), "财预〔2026〕15号", false, null,
                    "关于加强预算执行管理的通知", "各区县财政局", body, List.of(), sample.issuerName(), sample.date(), null,
                    null, sample.printer(), sample.printDate(), 42);
            PageLayout laidOut = OfficialLayout.layout(text, fonts);
            Seals.StampPlacement seal = laidOut.seal();
            List<PageLayout.Text> above = laidOut.pages().get(seal.pageIndex()).items().stream()
                    .filter(PageLayout.Text.class::isInstance).map(PageLayout.Text.class::cast)
                    .filter(t -> t.baseline() < seal.yMm() && t.text().contains("。")).toList();
            assertThat(above).as("text above the seal with %s paragraphs", paragraphs).isNotEmpty();
            // and the seal's top within one line of that text
            double lastBottom = above.stream().mapToDouble(t -> t.baseline() + (1 - Gbt9704.ASCENT) * t.size()
                    * Gbt9704.PT).max().orElseThrow();
            assertThat(seal.yMm() - lastBottom).isBetween(0.0, 225.0 / 22);
            assertThat(seal.yMm() + seal.heightMm()).isLessThanOrEqualTo(262.01);
        }
    }

    @Test
    void theSealPageAlwaysHasTextOfTheBodyEvenWithAttachments() {
        OfficialText sample = SampleDocuments.request();
        for (int attachments = 1; attachments <= 3; attachments++) {
            for (int paragraphs = 1; paragraphs <= 24; paragraphs++) {
                List<OfficialText.Paragraph> body = new ArrayList<>();
                for (int i = 0; i < paragraphs; i++) {
                    body.add(new OfficialText.Paragraph(0, "第" + i + "段：各部门要认真落实预算管理制度改革要求，加强预算执行监控。"));
                }
                List<String> names = new ArrayList<>();
                for (int i = 0; i < attachments; i++) {
                    names.add("预算报表" + i);
                }
                OfficialText text = new OfficialText(null, null, null, sample.issuerMark(), "财预〔2026〕15号", false,
                        null, "关于加强预算执行管理的通知", "各区县财政局", body, names, sample.issuerName(), sample.date(),
                        null, null, sample.printer(), sample.printDate(), 42);
                PageLayout laidOut = OfficialLayout.layout(text, fonts);
                Seals.StampPlacement seal = laidOut.seal();
                List<PageLayout.Text> texts = laidOut.pages().get(seal.pageIndex()).items().stream()
                        .filter(PageLayout.Text.class::isInstance).map(PageLayout.Text.class::cast).toList();
                // 7.3.5: the seal stands on a page with 正文, not with the 附件说明 alone
                assertThat(texts).as("%s attachments, %s paragraphs", attachments, paragraphs)
                        .anyMatch(t -> t.text().contains("段") || t.text().contains("监控"));
                // the 附件说明 one line below the 正文 wherever it went, at the pitch of the page's lines
                List<PageLayout.Text> label = texts.stream().filter(t -> t.text().startsWith("附件")).toList();
                assertThat(label).as("%s attachments, %s paragraphs", attachments, paragraphs).hasSize(1);
                List<Double> above = baselines(texts.stream().filter(t -> t.size() == 16
                        && t.baseline() < label.get(0).baseline()).toList());
                double lastBody = above.get(above.size() - 1);
                double pitch = above.size() > 1 ? lastBody - above.get(above.size() - 2)
                        : (label.get(0).baseline() - lastBody) / 2;
                assertThat(pitch).isBetween(Gbt9704.TIGHTEST_LINE - 0.01, 225.0 / 22 + 0.01);
                assertThat(label.get(0).baseline() - lastBody).isCloseTo(2 * pitch, within(0.05));
            }
        }
    }

    @Test
    void theSealsPageIsSetCloserRatherThanThePageBeforeLeftShort() {
        // 7.3.5.5: one-line paragraphs end the 正文 on every line of pages 2 and 3 once
        int closer = 0;
        for (int paragraphs = 16; paragraphs < 16 + 2 * 22; paragraphs++) {
            PageLayout laidOut = OfficialLayout.layout(SampleDocuments.notice(paragraphs), fonts);
            Seals.StampPlacement seal = laidOut.seal();
            List<Double> aboveSeal = baselines(texts(laidOut, seal.pageIndex()).stream()
                    .filter(t -> t.baseline() < seal.yMm()).toList());
            // the seal never alone, its top within one line of the text, its foot in the 版心
            assertThat(aboveSeal).as("%s paragraphs", paragraphs).isNotEmpty();
            assertThat(seal.yMm() - aboveSeal.get(aboveSeal.size() - 1)).isLessThanOrEqualTo(225.0 / 22);
            assertThat(seal.yMm() + seal.heightMm()).isLessThanOrEqualTo(262 + 1e-6);
            for (int i = 1; i < aboveSeal.size(); i++) {
                double pitch = aboveSeal.get(i) - aboveSeal.get(i - 1);
                assertThat(pitch).as("%s paragraphs", paragraphs).isBetween(Gbt9704.TIGHTEST_LINE - 1e-6,
                        225.0 / 22 + 1e-6);
                closer += pitch < 225.0 / 22 - 1e-6 ? 1 : 0;
            }
            for (int page = 0; page < seal.pageIndex(); page++) {
                // every page before the seal's is full; only where even the tightest lines left no room (a page full
                // to its last line) the last two lines went over with the seal
                int free = linesFree(laidOut, page);
                boolean carried = free == 2 && page == seal.pageIndex() - 1 && aboveSeal.size() == 2;
                assertThat(free == 0 || carried).as("%s paragraphs: page %s has %s lines free", paragraphs, page + 1,
                        free).isTrue();
            }
        }
        assertThat(closer).isPositive();
    }

    @Test
    void aTwoLineTitleBreaksAfterAPhraseNotInsideAWordOrNumber() {
        // 7.3.1 回行时要做到词意完整
        assertThat(OfficialLayout.titleLines("市财政局关于追加2027年度市级重点项目预算资金的请示", fonts))
                .containsExactly("市财政局关于追加2027年度", "市级重点项目预算资金的请示");
        assertThat(OfficialLayout.titleLines("关于印发《2027年度市级部门预算编制工作实施方案》的通知", fonts))
                .allSatisfy(line -> assertThat(line).doesNotStartWith("》").doesNotEndWith("《"))
                .hasSize(2);
        for (String line : OfficialLayout.titleLines("市财政局关于拨付2026年第三季度城市基础设施维护资金123456万元的请示",
                fonts)) {
            assertThat(line).doesNotMatch(".*\\d");
        }
    }

    @Test
    void noLineStartsWithClosingPunctuation() {
        for (int page = 0; page < pdf.pages(); page++) {
            for (List<Glyph> line : bodyLines(page)) {
                assertThat("，。、；：？！）》”").doesNotContain(line.get(0).text());
            }
        }
    }

    /** The 3 号 lines of the page (not the 版记, the page number or the title). */
    private static List<List<Glyph>> bodyLines(int page) {
        List<List<Glyph>> lines = new ArrayList<>();
        for (List<Glyph> line : pdf.lines(page)) {
            if (Math.abs(line.get(0).size() - 16) < 0.01) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The 3 号 text of a laid-out page. */
    private static List<PageLayout.Text> texts(PageLayout layout, int page) {
        return layout.pages().get(page).items().stream().filter(PageLayout.Text.class::isInstance)
                .map(PageLayout.Text.class::cast).filter(t -> t.size() == 16).toList();
    }

    /** The baselines of the lines the texts stand on, top to bottom. */
    private static List<Double> baselines(List<PageLayout.Text> texts) {
        return texts.stream().map(PageLayout.Text::baseline).distinct().sorted().toList();
    }

    /** How many more lines of 3 号 text would fit under the page's last. */
    private static int linesFree(PageLayout layout, int page) {
        List<Double> baselines = baselines(texts(layout, page));
        double bottom = baselines.get(baselines.size() - 1) + (1 - Gbt9704.ASCENT) * Gbt9704.mm(16);
        return (int) Math.floor((262 - bottom) / (225.0 / 22) + 1e-6);
    }

    private static List<Glyph> lineAbove(int page, List<Glyph> line) {
        List<List<Glyph>> lines = pdf.lines(page);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i) == line || PdfProbe.text(lines.get(i)).equals(PdfProbe.text(line))) {
                return lines.get(i - 1);
            }
        }
        throw new AssertionError("no line above");
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static LocalDate today() {
        return LocalDate.of(2026, 11, 26);
    }
}
