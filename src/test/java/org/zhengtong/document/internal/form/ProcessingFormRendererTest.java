package org.zhengtong.document.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zhengtong.platform.FontProperties;

/** The form's layout without the application: wrapping, page breaks, page numbers, fonts, missing glyphs. */
class ProcessingFormRendererTest {

    static final Path SONG = Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
    static final Path HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private final ProcessingFormRenderer renderer = new ProcessingFormRenderer(new FormFonts(new FontProperties(SONG, HEI)));

    @Test
    void longOpinionsFlowOverSeveralNumberedA4PagesWithEmbeddedFonts() throws IOException {
        List<ProcessingForm.StepRow> steps = new ArrayList<>();
        String longOpinion = "经审核，该请示所列追加预算事项符合规定，建议按程序报批，同时请预算科补充测算依据。".repeat(60);
        steps.add(new ProcessingForm.StepRow("部门审核", "王科长\n（代 李科长 办理）", longOpinion, "2026-03-05 10:00"));
        for (int i = 1; i <= 30; i++) {
            steps.add(new ProcessingForm.StepRow("会签" + i, "会签人" + i, "同意。第" + i + "条意见", "2026-03-05 11:00"));
        }

        try (PDDocument pdf = Loader.loadPDF(renderer.render(form(steps)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            String joined = text.replaceAll("\\s", "");
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("第 1 页 共 " + pages + " 页", "第 " + pages + " 页 共 " + pages + " 页");
            assertThat(joined).contains("市财政局发文稿纸", "关于追加预算的请示", "（代李科长办理）", "部门审核（续）", "同意。第30条意见");
            // the long opinion goes on over the page breaks, nothing of it lost ("测" occurs once in each sentence)
            assertThat(joined.chars().filter(c -> c == '测').count()).isEqualTo(60);
            // the column heads repeat on the pages the opinions continue on
            assertThat(text.split("办理环节", -1).length - 1).isEqualTo(pages);
        }
    }

    @Test
    void charactersTheSongFontLacksComeFromTheHeiFontAndUnknownOnesBecomeBoxes() throws IOException {
        // 镕 is not in GB 2312 (the 宋体), but in the 黑体; the emoji is in neither
        List<ProcessingForm.StepRow> steps = List.of(new ProcessingForm.StepRow("领导签发", "朱镕", "同意😀", "2026-03-05 10:00"));
        try (PDDocument pdf = Loader.loadPDF(renderer.render(form(steps)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("朱镕", "同意□").doesNotContain("😀");
        }
    }

    @Test
    void closingPunctuationNeverStartsALine() throws IOException {
        try (PDDocument pdf = new PDDocument(); FormFonts.Loaded fonts = new FormFonts(new FontProperties(SONG, HEI)).load(pdf)) {
            Face face = fonts.text();
            // ten characters fit a line of 105 points at 10.5 points: the comma would be the eleventh
            List<String> lines = LineBreaker.wrap("一二三四五六七八九十，十一", face, 10.5f, 105f);
            assertThat(lines).containsExactly("一二三四五六七八九", "十，十一");
            assertThat(LineBreaker.wrap("Budget adjustment proposal", face, 10.5f, 80f))
                    .allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "))
                    .contains("Budget");
            assertThat(LineBreaker.wrap("第一段\n\n第二段", face, 10.5f, 105f)).containsExactly("第一段", "", "第二段");
        }
    }

    @Test
    void aMissingFontFileNamesTheSettingAndThePackage() {
        FormFonts fonts = new FormFonts(new FontProperties(Path.of("/nonexistent/song.ttf"), HEI));
        assertThatThrownBy(() -> new ProcessingFormRenderer(fonts).render(form(List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhengtong.fonts.song = /nonexistent/song.ttf")
                .hasMessageContaining("fonts-arphic-gbsn00lp");
    }

    private static ProcessingForm form(List<ProcessingForm.StepRow> steps) {
        return new ProcessingForm("市财政局发文稿纸", "关于追加预算的请示", List.of(
                ProcessingForm.FieldRow.pair("文种", "请示", "紧急程度", "加急"),
                ProcessingForm.FieldRow.pair("发文字号", "财预〔2026〕3号", "成文日期", "2026年3月5日"),
                ProcessingForm.FieldRow.wide("标题", "关于追加预算的请示"),
                ProcessingForm.FieldRow.wide("主送", "市政府办公室")),
                steps, new ProcessingForm.Labels("办理意见", "办理环节", "办理人", "意见", "办理时间", "尚无办理记录",
                        "{0}（续）", "第 {0} 页 共 {1} 页"));
    }
}
