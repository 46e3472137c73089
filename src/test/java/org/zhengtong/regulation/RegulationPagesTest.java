package org.zhengtong.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.regulation.RegulationTestKit.MANAGER;
import static org.zhengtong.regulation.RegulationTestKit.OTHER_MANAGER;
import static org.zhengtong.regulation.RegulationTestKit.READER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * Every page of 制度与信息 answers in Chinese and with {@code ?lang=en}; the forms post a regulation (dates in the
 * wrong order: the form again with 400), a revision, a repeal, an attachment, a 常用信息 entry ({@code javascript:}
 * refused) and a software version; the demo's 全市 policy and its 已修订 predecessor are there.
 */
@IntegrationTest
class RegulationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void thePagesAnswerAndTheFormsPost() throws Exception {
        String title = TestUsers.unique("机关财务管理制度");
        String refused = mvc.perform(post("/regulations").with(users.as(MANAGER)).with(csrf())
                        .param("kind", "INTERNAL").param("title", title).param("issuer", "市财政局")
                        .param("issuedOn", "2026-03-01").param("effectiveOn", "2026-02-01")
                        .param("body", "<p>第一条</p>"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("施行日期不能早于发布日期", "regulation-form");
        mvc.perform(post("/regulations").with(users.as(MANAGER)).with(csrf()).param("kind", "INTERNAL")
                        .param("title", title).param("issuer", "市财政局").param("docNumber", "财办〔2026〕9号")
                        .param("issuedOn", "2026-03-01").param("body", "<p>第一条 机关财务。</p>"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from regulation_regulation where title = ?", Long.class, title);
        mvc.perform(post("/regulations").with(users.as(MANAGER)).with(csrf()).param("revises", String.valueOf(id))
                        .param("kind", "INTERNAL").param("title", title).param("issuer", "市财政局")
                        .param("issuedOn", "2026-06-01").param("body", "<p>第一条 机关财务（修订）。</p>"))
                .andExpect(status().is3xxRedirection());
        long revision = jdbc.queryForObject("select revised_by_id from regulation_regulation where id = ?",
                Long.class, id);
        mvc.perform(multipart("/regulations/{id}/files", revision)
                        .file(new MockMultipartFile("file", "附件.pdf", null, "%PDF-1.4 x".getBytes()))
                        .with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/regulations/{id}/repeal", revision).with(users.as(MANAGER)).with(csrf())
                        .param("repealedOn", "2026-01-01"))
                .andExpect(status().isBadRequest());
        assertThat(page("/regulations/" + revision, READER)).contains(title, "现行有效", "附件.pdf", "本版本修订了")
                .doesNotContain("repeal-form");
        assertThat(page("/regulations/" + id, READER)).contains("已修订", "已修订，新版本");

        mvc.perform(multipart("/regulations/{id}/files", revision)
                        .file(new MockMultipartFile("file", "作废附件.pdf", null, "%PDF-1.4 y".getBytes()))
                        .with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long attachment = jdbc.queryForObject("select id from regulation_file where regulation_id = ? and file_name = ?",
                Long.class, revision, "作废附件.pdf");
        assertThat(page("/regulations/" + revision, READER)).doesNotContain("detach-file");
        for (String outsider : List.of(READER, OTHER_MANAGER)) {
            mvc.perform(delete("/api/v1/regulations/{id}/files/{f}", revision, attachment).with(users.as(outsider))
                    .with(csrf())).andExpect(status().is4xxClientError());
        }
        assertThat(page("/regulations/" + revision, MANAGER)).contains("作废附件.pdf");
        mvc.perform(post("/regulations/{id}/files/{f}/delete", revision, attachment).with(users.as(READER))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/regulations/{id}/files/{f}/delete", id, attachment).with(users.as(MANAGER))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/regulations/{id}/files/{f}/delete", revision, attachment).with(users.as(MANAGER))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/regulations/" + revision, MANAGER)).contains("附件.pdf", "detach-file")
                .doesNotContain("作废附件.pdf");

        String link = TestUsers.unique("脚本链接");
        assertThat(mvc.perform(post("/common-info").with(users.as(MANAGER)).with(csrf()).param("category", "LINK")
                        .param("scope", "UNIT").param("title", link).param("url", "javascript:alert(1)"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("链接地址须是以 http:// 或 https:// 开头的完整网址");
        mvc.perform(post("/common-info").with(users.as(MANAGER)).with(csrf()).param("category", "PHONE")
                        .param("scope", "UNIT").param("title", link).param("text", "0731-88886002"))
                .andExpect(status().is3xxRedirection());
        long info = jdbc.queryForObject("select id from regulation_info where title = ?", Long.class, link);
        assertThat(page("/common-info/" + info + "/edit", MANAGER)).contains("0731-88886002", "修改常用信息",
                "/common-info/" + info + "\"");
        mvc.perform(post("/common-info/{id}", info).with(users.as(MANAGER)).with(csrf()).param("category", "PHONE")
                        .param("scope", "UNIT").param("title", " ").param("text", "0731-88886003"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/common-info/{id}", info).with(users.as(MANAGER)).with(csrf()).param("category", "PHONE")
                        .param("scope", "UNIT").param("title", link).param("text", "0731-88886003"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/common-info", READER)).contains("0731-88886003").doesNotContain("0731-88886002");
        mvc.perform(get("/common-info/{id}/edit", info).with(users.as(READER))).andExpect(status().isForbidden());
        mvc.perform(post("/common-info/{id}", info).with(users.as(OTHER_MANAGER)).with(csrf())
                .param("category", "PHONE").param("scope", "UNIT").param("title", "改")).andExpect(status().is4xxClientError());
        assertThat(page("/common-info", READER)).contains("0731-88886003");

        String software = TestUsers.unique("网络客户端");
        mvc.perform(multipart("/software").file(new MockMultipartFile("file", "client.zip", null,
                                "PK\u0003\u0004zip".getBytes()))
                        .param("name", software).param("platform", "Windows").param("scope", "UNIT")
                        .param("version", "2.0").with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long entry = jdbc.queryForObject("select id from regulation_software where name = ?", Long.class, software);

        String[][] pages = {{"/regulations", "制度与信息", "Rules and information"},
                {"/regulations?kind=POLICY&status=IN_FORCE", "市级城市更新专项资金管理办法", "In force"},
                {"/regulations?status=REVISED&q=城市更新", "已修订", "Revised"},
                {"/regulations/new", "全文", "Full text"}, {"/regulations/new?revises=" + revision, "修订", "Revise"},
                {"/regulations/" + revision, "上传附件", "Upload attachment"},
                {"/regulations/" + revision + "/edit", "save-regulation", "Edit"},
                {"/common-info", "局办公室值班电话", "Common information"}, {"/software", software, "Latest version"},
                {"/software/" + entry, "上传新版本", "Upload a new version"}};
        for (String[] p : pages) {
            assertThat(page(p[0], MANAGER)).as(p[0]).contains(p[1]);
            assertThat(page(p[0] + (p[0].contains("?") ? "&" : "?") + "lang=en", MANAGER)).as(p[0]).contains(p[2]);
        }
        assertThat(page("/common-info", READER)).contains(link).doesNotContain("info-form");
        assertThat(page("/software", OTHER_MANAGER)).contains("电子公文交换客户端").doesNotContain(software);
        assertThat(page("/regulations", OTHER_MANAGER)).contains("市级城市更新专项资金管理办法")
                .doesNotContain(title, "市财政局公文处理办法");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
