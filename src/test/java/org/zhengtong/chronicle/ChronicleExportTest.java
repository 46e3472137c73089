package org.zhengtong.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * The demo city's 大事记 of 2026 exported and read back: 市财政局's as PDF (PDFBox's text) and Word (POI's paragraphs)
 * with the heading 市财政局大事记（2026年） and its entries in date order under their months; a period's export; the
 * city's chronicle holds what the city office took in and not the rest; a period ending before it starts and an
 * unknown format are 400 in Chinese.
 */
@IntegrationTest
class ChronicleExportTest {

    static final String READER = "czj.d1.chief";
    static final List<String> CZJ_2026 = List.of("召开2026年全市财政工作会议", "下达首批城市更新专项资金2.6亿元",
            "局长带队调研城市更新项目资金使用情况", "预算科获评全省财政系统先进集体");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void aUnitsYearAsPdfAndWordInDateOrder() throws Exception {
        byte[] pdf = export("/api/v1/chronicles/export?format=pdf&year=2026", READER);
        String pdfText = pdfText(pdf);
        assertThat(pdfText).contains("市财政局大事记（2026年）", "1月", "3月", "城市更新专项资金");
        assertInOrder(pdfText, CZJ_2026);
        assertThat(pdfText.indexOf("市财政局大事记（2026年）")).isLessThan(pdfText.indexOf(CZJ_2026.get(0)));

        String docText = docxText(export("/api/v1/chronicles/export?format=docx&year=2026", READER));
        assertThat(docText).startsWith("市财政局大事记（2026年）").contains("3月16日　【重要工作】");
        assertInOrder(docText, CZJ_2026);

        // the page's links answer the same files
        assertThat(pdfText(export("/chronicles/export.pdf?year=2026", READER))).contains(CZJ_2026.get(1));
        assertThat(docxText(export("/chronicles/export.docx?year=2026", READER))).contains(CZJ_2026.get(1));

        String period = pdfText(export("/api/v1/chronicles/export?format=pdf&from=2026-03-01&to=2026-06-30", READER));
        assertThat(period).contains("市财政局大事记（2026年3月1日—2026年6月30日）", CZJ_2026.get(1), CZJ_2026.get(2))
                .doesNotContain(CZJ_2026.get(0), CZJ_2026.get(3));
    }

    @Test
    void theCitysChronicleHoldsWhatTheCityOfficeTookIn() throws Exception {
        String city = docxText(export("/api/v1/chronicles/city/export?format=docx&year=2026", "jyj.d1.clerk1"));
        assertThat(city).startsWith("市人民政府大事记（2026年）")
                .contains("市政府召开城市更新工作推进会（市府办）", "下达首批城市更新专项资金2.6亿元（市财政局）")
                .doesNotContain("市政府办公室开展政务信息系统安全检查", "预算科获评全省财政系统先进集体");
        assertInOrder(city, List.of("市政府召开城市更新工作推进会", "下达首批城市更新专项资金2.6亿元", "市长调研城市更新重点项目"));
    }

    @Test
    void badPeriodsAndFormatsAreRefusedInChinese() throws Exception {
        assertThat(refused("/api/v1/chronicles/export?format=pdf&from=2026-06-30&to=2026-03-01"))
                .contains("结束日期不能早于开始日期");
        assertThat(refused("/api/v1/chronicles/export?format=exe&year=2026")).contains("只能导出 PDF 或 Word");
        assertThat(refused("/api/v1/chronicles/export?format=pdf&year=3000")).contains("年份须在");
        assertThat(refused("/api/v1/chronicles/export?format=pdf&from=2026-01-01")).contains("请同时填写");
        assertThat(refused("/api/v1/chronicles/export?format=pdf&from=1900-01-01&to=2026-01-01"))
                .contains("最长");
        assertThat(refused("/api/v1/chronicles?year=1900")).contains("年份须在");
    }

    private String refused(String path) throws Exception {
        return mvc.perform(get(path).with(users.as(READER))).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] export(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    static void assertInOrder(String text, List<String> titles) {
        int last = -1;
        for (String title : titles) {
            int at = text.indexOf(title);
            assertThat(at).as(title).isGreaterThan(last);
            last = at;
        }
    }
}
