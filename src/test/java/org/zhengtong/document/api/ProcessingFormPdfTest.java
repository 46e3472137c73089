package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 打印办文单: the PDF holds the header fields and every step's handler (代 X 办理), opinion and time, on A4 with its
 * fonts embedded; whoever may not open the document may not print it either.
 */
@IntegrationTest
class ProcessingFormPdfTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
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
    void theDraftingFormHoldsTheFieldsAndEveryStepWithItsHandlerAndOpinion() throws Exception {
        // the team's 科长 is away: 部门审核 reaches a clerk, who handles it on the 科长's behalf
        Team team = platform.newTeam();
        api.password(team.clerk(), PlatformFixtures.PASSWORD);
        api.password(team.clerk2(), PlatformFixtures.PASSWORD);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/todo/delegations").with(users.as(team.chief())).with(csrf())
                        .param("toUsername", team.clerk2()).param("startsAt", now.minusHours(1).toString())
                        .param("endsAt", now.plusDays(1).toString()).param("reason", "出差"))
                .andExpect(status().is3xxRedirection());

        String title = "关于" + TestUsers.unique("追加预算") + "的请示";
        long id = api.draft(team.clerk(), api.request(title));
        api.send(team.clerk(), id, "拟稿", Map.of("opinion", "请审核"));
        api.send(team.clerk2(), id, "部门审核", Map.of("opinion", "同意，请办公室核稿"));
        api.send("czj.office", id, "办公室核稿", Map.of("opinion", "请局长签发", "signer", "czj.head"));
        api.send("czj.head", id, "领导签发", Map.of("opinion", "同意，印发"));
        api.send("czj.secretary", id, "编号登记", null);
        OfficialDocument numbered = as(team.clerk(), id);

        byte[] pdf = mvc.perform(get("/api/v1/documents/{id}/form.pdf", id)
                        .with(httpBasic(team.clerk(), PlatformFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Disposition", containsString(".pdf")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("市财政局发文稿纸", title, numbered.getDocumentNumber(), "请示", "加急", "非密",
                "市政府办公室", "市人民政府", "市财政局 " + directory.department(team.departmentId()).orElseThrow().name(),
                "请审核", "同意，请办公室核稿", "请局长签发", "同意，印发", "办理中", "第 1 页 共 1 页");
        assertThat(text).contains(name(team.clerk()), name(team.clerk2()), "（代 " + name(team.chief()) + " 办理）",
                name("czj.office"), name("czj.head"), name("czj.secretary"));
        assertThat(text).containsSubsequence("拟稿", "部门审核", "办公室核稿", "领导签发", "编号登记", "用印");
        assertA4WithEmbeddedFonts(pdf);

        // the console's link opens the same form
        mvc.perform(get("/documents/{id}", id).with(users.as("czj.head"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/documents/" + id + "/form.pdf\"")))
                .andExpect(content().string(containsString("打印办文单")));
        byte[] printed = mvc.perform(get("/documents/{id}/form.pdf", id).with(users.as("czj.head")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(printed)).contains(title, numbered.getDocumentNumber(), "同意，印发");
    }

    @Test
    void theProcessingFormOfAnIncomingDocumentShowsWhereItCameFrom() throws Exception {
        DocumentFixtures fixtures = new DocumentFixtures(documentService, directory, accounts);
        OfficialDocument paper = fixtures.registerIncoming("来文");
        fixtures.sendOn("czj.secretary", paper.getId(), StepDecision.opinion("已签收"));
        fixtures.sendOn("czj.secretary", paper.getId(), StepDecision.opinion(null));
        OfficialDocument registered = as("czj.secretary", paper.getId());

        byte[] pdf = mvc.perform(get("/documents/{id}/form.pdf", paper.getId()).with(users.as("czj.secretary")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("市财政局办文单", paper.getTitle(), "来文单位", "市政府办公室", "收文编号",
                registered.getRegistrationNumber(), "签收", "已签收", "登记", "拟办", name("czj.secretary"));
        assertA4WithEmbeddedFonts(pdf);
    }

    @Test
    void whoMayNotOpenTheDocumentMayNotPrintIt() throws Exception {
        long id = api.draftAtDepartmentReview();
        mvc.perform(get("/documents/{id}/form.pdf", id).with(users.as("czj.d2.clerk1")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有公文的办理人、传阅人和本单位管理员可以查看或办理此公文")));
        api.get("czj.d2.clerk1", "/api/v1/documents/" + id + "/form.pdf").andExpect(status().isForbidden());
        mvc.perform(get("/documents/{id}/form.pdf", 987_654_321L).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void printingAClassifiedDocumentIsAuditedLikeOpeningIt() throws Exception {
        Map<String, Object> form = api.request("关于" + TestUsers.unique("机密事项") + "的报告");
        form.put("type", "REPORT");
        form.put("classification", "CONFIDENTIAL");
        form.put("secrecyPeriod", "10年");
        form.put("issuerCode", "财办");
        long id = api.draft("czj.deputy1", form);
        int before = opens("czj.deputy1", id);

        byte[] pdf = api.get("czj.deputy1", "/api/v1/documents/" + id + "/form.pdf").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("机密", "10年");
        assertThat(opens("czj.deputy1", id)).isEqualTo(before + 1);
    }

    private int opens(String actor, long documentId) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'DOCUMENT_OPEN' and actor = ?"
                + " and object_id = ? and result = 'SUCCESS'", Integer.class, actor, String.valueOf(documentId));
    }

    private OfficialDocument as(String username, long id) {
        return new DocumentFixtures(documentService, directory, accounts).as(username, () -> documentService.read(id));
    }

    private String name(String username) {
        return directory.person(username).orElseThrow().name();
    }

    /** The text of the PDF, with the line breaks of wrapped cells taken out. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
    }

    private static void assertA4WithEmbeddedFonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                assertThat(page.getResources().getFontNames()).isNotEmpty();
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                }
            }
        }
    }
}
