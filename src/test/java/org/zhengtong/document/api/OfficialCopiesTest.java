package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.layout.PdfProbe;
import org.zhengtong.document.internal.layout.PdfProbe.Glyph;
import org.zhengtong.platform.OrgDirectory;

/**
 * 份号 (GB/T 9704 7.2.1) and 附注 (7.3.6): a 发文 is printed in 份数 copies; a classified one always carries its 份号
 * top-left on the 版心's first line, any one when a numbered copy is asked for; the 附注 stands in parentheses one
 * line below the 成文日期, 左空二字.
 */
@IntegrationTest
class OfficialCopiesTest {

    private static final double LINE = 225.0 / 22;
    private static final double CHAR = 156.0 / 28;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;
    @Autowired TestUsers users;

    DocumentApiClient api;

    @BeforeEach
    void client() {
        api = new DocumentApiClient(mvc, json, directory);
    }

    @Test
    void aClassifiedDocumentCarriesTheNumberOfEachCopyTopLeft() throws Exception {
        Map<String, Object> form = api.request("关于" + TestUsers.unique("机密份号") + "的报告");
        form.put("type", "REPORT");
        form.put("classification", "CONFIDENTIAL");
        form.put("secrecyPeriod", "10年");
        form.put("issuerCode", "财办");
        form.put("copies", 3);
        long id = api.draft("czj.deputy1", form);
        api.get("czj.deputy1", "/api/v1/documents/" + id).andExpect(jsonPath("$.copies").value(3));

        PdfProbe first = PdfProbe.of(pdf("czj.deputy1", "/api/v1/documents/" + id + "/official.pdf"));
        List<List<Glyph>> lines = first.lines(0);
        assertThat(PdfProbe.text(lines.get(0))).isEqualTo("000001");
        assertThat(lines.get(0).get(0).x()).isCloseTo(28, within(0.5));
        assertThat(lines.get(0).get(0).top()).isCloseTo(37, within(1.0));
        // 密级 moves down to the second line
        assertThat(PdfProbe.text(lines.get(1))).isEqualTo("机密★10年");
        assertThat(lines.get(1).get(0).baseline() - lines.get(0).get(0).baseline()).isCloseTo(LINE, within(0.05));

        PdfProbe third = PdfProbe.of(pdf("czj.deputy1", "/documents/" + id + "/official.pdf?copy=3"));
        assertThat(PdfProbe.text(third.lines(0).get(0))).isEqualTo("000003");
        assertThat(third.lines(0).get(0).get(0).x()).isCloseTo(28, within(0.5));

        // there is no fourth copy
        mvc.perform(get("/api/v1/documents/{id}/official.pdf", id).param("copy", "4")
                        .with(DocumentApiClient.basic("czj.deputy1")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value("份号须为 1 至本公文份数（3）之间的整数。"));
        mvc.perform(get("/api/v1/documents/{id}/official.pdf", id).param("copy", "0")
                        .with(DocumentApiClient.basic("czj.deputy1")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void anUnclassifiedDocumentIsNumberedOnlyWhenACopyIsAskedForAndPrintsItsAnnotationBelowTheDate()
            throws Exception {
        Map<String, Object> form = api.request("关于" + TestUsers.unique("附注") + "的请示");
        form.put("copies", 20);
        form.put("annotation", "（此件公开发布）");
        long id = api.draft("czj.d1.clerk1", form);
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id).andExpect(jsonPath("$.copies").value(20))
                .andExpect(jsonPath("$.annotation").value("此件公开发布"));

        PdfProbe plain = PdfProbe.of(pdf("czj.d1.clerk1", "/documents/" + id + "/official.pdf"));
        assertThat(plain.glyphs).noneMatch(g -> g.page() == 0 && g.text().equals("0") && g.x() < 30 && g.top() < 40);

        PdfProbe copy = PdfProbe.of(pdf("czj.d1.clerk1", "/documents/" + id + "/official.pdf?copy=12"));
        List<Glyph> number = copy.lines(0).get(0);
        assertThat(PdfProbe.text(number)).isEqualTo("000012");
        assertThat(number.get(0).x()).isCloseTo(28, within(0.5));
        assertThat(number.get(0).top()).isCloseTo(37, within(1.0));

        int last = copy.pages() - 1;
        List<Glyph> annotation = copy.line(last, "（此件公开发布）");
        assertThat(PdfProbe.text(annotation)).isEqualTo("（此件公开发布）");
        assertThat(annotation.get(0).x()).isCloseTo(28 + 2 * CHAR, within(0.3));
        List<List<Glyph>> lines = copy.lines(last);
        int at = lines.indexOf(annotation);
        assertThat(PdfProbe.text(lines.get(at - 1))).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(annotation.get(0).baseline() - lines.get(at - 1).get(0).baseline()).isCloseTo(LINE, within(0.05));

        // the DOCX carries them too
        byte[] docx = mvc.perform(get("/documents/{id}/official.docx", id).param("copy", "12")
                        .with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            List<String> texts = document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertThat(texts).contains("000012", "（此件公开发布）");
        }
    }

    @Test
    void theNumberOfCopiesMustBeFromOneTo999999() throws Exception {
        for (Object copies : List.of(0, -1, 1_000_000)) {
            Map<String, Object> form = api.request("关于" + TestUsers.unique("份数") + "的请示");
            form.put("copies", copies);
            api.post("czj.d1.clerk1", "/api/v1/documents", form).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("copies: 份数须为 1 至 999999 之间的整数。"));
        }
        Map<String, Object> form = api.request("关于" + TestUsers.unique("份数") + "的请示");
        form.put("copies", 999_999);
        long id = api.draft("czj.d1.clerk1", form);
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id).andExpect(jsonPath("$.copies").value(999_999));
    }

    @Test
    void theDraftFormRefusesABadNumberOfCopiesNextToTheField() throws Exception {
        String title = "关于" + TestUsers.unique("份数页面") + "的请示";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/documents/new")
                        .with(users.as("czj.d1.clerk1"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("type", "NOTICE").param("title", title).param("classification", "UNCLASSIFIED")
                        .param("urgency", "NORMAL").param("issuerCode", "财预")
                        .param("mainRecipients", String.valueOf(api.unit("szfb")))
                        .param("copies", "0").param("annotation", "此件公开发布"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("份数须为 1 至 999999 之间的整数。")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("此件公开发布")));
    }

    @Test
    void theCurrentHandlerChangesCopiesAndAnnotationOthersCannot() throws Exception {
        long id = api.draft("czj.d1.clerk1", api.request("关于" + TestUsers.unique("修改附注") + "的请示"));
        var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/documents/{id}/output", id)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());

        // the drafter, at 拟稿, is the current handler
        mvc.perform(post.with(users.as("czj.d1.clerk1")).param("copies", "12").param("annotation", "此件公开发布"))
                .andExpect(status().is3xxRedirection());
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id).andExpect(jsonPath("$.copies").value(12))
                .andExpect(jsonPath("$.annotation").value("此件公开发布"));
        PdfProbe probe = PdfProbe.of(pdf("czj.d1.clerk1", "/documents/" + id + "/official.pdf"));
        assertThat(probe.line(probe.pages() - 1, "（此件公开发布）")).isNotEmpty();

        // out of range: refused with the Chinese message, nothing changes
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/documents/{id}/output", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(users.as("czj.d1.clerk1")).param("copies", "0").param("annotation", "改过"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("份数须为 1 至 999999 之间的整数。")));
        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/output", Map.of("copies", 1_000_000))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("copies: 份数须为 1 至 999999 之间的整数。"));
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id).andExpect(jsonPath("$.copies").value(12))
                .andExpect(jsonPath("$.annotation").value("此件公开发布"));

        // someone who is not handling it now
        api.post("czj.d1.chief", "/api/v1/documents/" + id + "/output", Map.of("copies", 2))
                .andExpect(status().isForbidden());
        // the API, by the handler
        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/output", Map.of("copies", 5))
                .andExpect(status().isOk()).andExpect(jsonPath("$.copies").value(5))
                .andExpect(jsonPath("$.annotation").doesNotExist());
    }

    private byte[] pdf(String username, String path) throws Exception {
        return mvc.perform(get(path).with(path.startsWith("/api") ? DocumentApiClient.basic(username)
                        : users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
