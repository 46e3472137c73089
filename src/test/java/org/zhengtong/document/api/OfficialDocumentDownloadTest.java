package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.layout.PdfProbe;
import org.zhengtong.platform.OrgDirectory;

/**
 * 预览正式公文 and its downloads: whoever may read the 发文 gets the red-header 公文 as PDF, OFD and DOCX at every
 * step, with the number once it has one; whoever may not gets 403, like for the document page.
 */
@IntegrationTest
class OfficialDocumentDownloadTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;
    @Autowired TestUsers users;
    @Autowired DocumentService documentService;
    @Autowired UserDetailsService accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    DocumentApiClient api;

    @BeforeEach
    void client() {
        api = new DocumentApiClient(mvc, json, directory);
    }

    @Test
    void readersPreviewAndDownloadTheRedHeaderDocumentAtEveryStep() throws Exception {
        String title = "关于" + TestUsers.unique("追加预算") + "的请示";
        Map<String, Object> form = api.request(title);
        form.put("bodyHtml", "<p>为保障重点项目建设，现将追加预算有关事项请示如下。</p><p>一、追加事项。</p>"
                + "<p>（一）项目资金。</p><p>1.基建部分。</p><p>（2）设备部分。</p><p>以上请示当否，请批示。</p>");
        long id = api.draft("czj.d1.clerk1", form);
        int year = LocalDate.now(clock).getYear();

        // at 拟稿 already: the 版头 with the number's frame, the title, the recipients, the body, the 版记
        byte[] draft = mvc.perform(get("/documents/{id}/official.pdf", id).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        PdfProbe preview = PdfProbe.of(draft);
        String text = joined(preview);
        assertThat(text).contains("市财政局文件", "财预〔" + year + "〕　号", title, "市政府办公室：", "一、追加事项。",
                "（一）项目资金。", "抄送：市人民政府。", "市财政局办公室", "印发", "— 1 —");
        assertThat(preview.fonts).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());

        api.send("czj.d1.clerk1", id, "拟稿", Map.of("opinion", "请审核"));
        api.send("czj.d1.chief", id, "部门审核", Map.of("opinion", "同意"));
        api.send("czj.office", id, "办公室核稿", Map.of("opinion", "请局长签发", "signer", "czj.head"));
        api.send("czj.head", id, "领导签发", Map.of("opinion", "同意"));
        api.send("czj.secretary", id, "编号登记", null);
        OfficialDocument numbered = new DocumentFixtures(documentService, directory, accounts)
                .as("czj.head", () -> documentService.read(id));

        // a 请示 is 上行文: number left, 签发人 right
        byte[] pdf = api.get("czj.head", "/api/v1/documents/" + id + "/official.pdf").andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse()
                .getContentAsByteArray();
        PdfProbe issued = PdfProbe.of(pdf);
        List<PdfProbe.Glyph> numberLine = issued.line(0, numbered.getDocumentNumber());
        assertThat(PdfProbe.text(numberLine)).contains("签发人：" + api.name("czj.head"));
        assertThat(numberLine.get(0).x()).isCloseTo(28 + 156.0 / 28, org.assertj.core.api.Assertions.within(0.5));
        assertThat(joined(issued)).contains(OfficialDocumentDownloadTest.date(numbered.getIssueDate()));

        byte[] ofd = mvc.perform(get("/documents/{id}/official.ofd", id).with(users.as("czj.d1.chief")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/ofd"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(ofd)).contains("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id + "/official.ofd").andExpect(status().isOk());

        byte[] docx = api.get("czj.office", "/api/v1/documents/" + id + "/official.docx").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String all = String.join("", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("市财政局文件", numbered.getDocumentNumber(), title);
        }

        // the document page offers the preview and the downloads
        mvc.perform(get("/documents/{id}", id).with(users.as("czj.head"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/documents/" + id + "/official.pdf\"")))
                .andExpect(content().string(containsString("href=\"/documents/" + id + "/official.ofd\"")))
                .andExpect(content().string(containsString("href=\"/documents/" + id + "/official.docx\"")))
                .andExpect(content().string(containsString("预览正式公文")));
    }

    @Test
    void whoMayNotReadTheDocumentGetsNoneOfItsFiles() throws Exception {
        long id = api.draftAtDepartmentReview();
        for (String format : List.of("pdf", "ofd", "docx")) {
            mvc.perform(get("/documents/{id}/official." + format, id).with(users.as("czj.d2.clerk1")))
                    .andExpect(status().isForbidden());
            api.get("czj.d2.clerk1", "/api/v1/documents/" + id + "/official." + format)
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/documents/{id}/official.pdf", 987_654_321L).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIncomingDocumentHasNoRedHeaderOfOurs() throws Exception {
        DocumentFixtures fixtures = new DocumentFixtures(documentService, directory, accounts);
        OfficialDocument paper = fixtures.registerIncoming("来文");
        mvc.perform(get("/documents/{id}/official.pdf", paper.getId()).with(users.as("czj.secretary")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", paper.getId()).with(users.as("czj.secretary"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("official.pdf"))));
    }

    @Test
    void aClassifiedDocumentShowsItsSecrecyAndEachDownloadIsAuditedOnce() throws Exception {
        Map<String, Object> form = api.request("关于" + TestUsers.unique("机密事项") + "的报告");
        form.put("type", "REPORT");
        form.put("classification", "CONFIDENTIAL");
        form.put("secrecyPeriod", "10年");
        form.put("urgency", "EXTRA_URGENT");
        form.put("issuerCode", "财办");
        long id = api.draft("czj.deputy1", form);
        int before = opens("czj.deputy1", id);
        byte[] pdf = api.get("czj.deputy1", "/api/v1/documents/" + id + "/official.pdf").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PdfProbe probe = PdfProbe.of(pdf);
        // 7.2.1: 涉密公文应当标注份号; then 密级 and 紧急程度, one line each
        assertThat(PdfProbe.text(probe.lines(0).get(0))).isEqualTo("000001");
        assertThat(PdfProbe.text(probe.lines(0).get(1))).isEqualTo("机密★10年");
        assertThat(PdfProbe.text(probe.lines(0).get(2))).isEqualTo("特急");
        assertThat(opens("czj.deputy1", id)).isEqualTo(before + 1);
    }

    private int opens(String actor, long documentId) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'DOCUMENT_OPEN' and actor = ?"
                + " and object_id = ? and result = 'SUCCESS'", Integer.class, actor, String.valueOf(documentId));
    }

    private static String joined(PdfProbe probe) {
        StringBuilder text = new StringBuilder();
        for (int page = 0; page < probe.pages(); page++) {
            probe.lines(page).forEach(line -> text.append(PdfProbe.text(line)));
        }
        return text.toString();
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
