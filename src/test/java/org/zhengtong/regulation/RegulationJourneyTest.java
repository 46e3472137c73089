package org.zhengtong.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.regulation.RegulationTestKit.MANAGER;
import static org.zhengtong.regulation.RegulationTestKit.READER;
import static org.zhengtong.regulation.RegulationTestKit.id;
import static org.zhengtong.regulation.RegulationTestKit.regulation;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;


/**
 * 规章制度 through the API: a manager of 市财政局 creates a regulation, revises it (the old one 已修订, linked both
 * ways), repeals the new one by another (已废止); the catalogue finds each by status and kind. 常用软件 keeps every
 * version with the SHA-256 Java computes of the installer, which downloads as an attachment of a type no browser
 * runs. Bad input (dates in the wrong order, a {@code javascript:} link, an .exe named .pdf) is 400 in Chinese and
 * saves nothing.
 */
@IntegrationTest
class RegulationJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    RegulationTestKit kit;

    @BeforeEach
    void kit() {
        kit = new RegulationTestKit(mvc, users);
    }

    @Test
    void aRegulationIsRevisedAndRepealedAndFoundByStatusAndKind() throws Exception {
        String title = TestUsers.unique("预算绩效管理办法");
        long first = id(kit.create(MANAGER, regulation("INTERNAL", title, "2024-01-01", "2024-02-01", null))
                .andExpect(status().isCreated()));
        long second = id(kit.postJson(MANAGER, "/api/v1/regulations/" + first + "/revisions",
                regulation("INTERNAL", title, "2025-01-01", "2025-01-15", null)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.revises.id").value(first))
                .andExpect(jsonPath("$.regulation.status").value("IN_FORCE")));
        kit.view(READER, first).andExpect(jsonPath("$.regulation.status").value("REVISED"))
                .andExpect(jsonPath("$.revisedBy.id").value(second));
        // a revised version is revised no more
        kit.postJson(MANAGER, "/api/v1/regulations/" + first + "/revisions",
                regulation("INTERNAL", title, "2025-03-01", null, null)).andExpect(status().isConflict());

        long repealing = id(kit.create(MANAGER, regulation("INTERNAL", TestUsers.unique("废止决定"), "2026-01-01", null,
                null)).andExpect(status().isCreated()));
        kit.postJson(MANAGER, "/api/v1/regulations/" + second + "/repeal",
                "{\"repealedOn\": \"2026-01-01\", \"repealedById\": " + repealing + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.regulation.status").value("REPEALED"))
                .andExpect(jsonPath("$.repealedBy.id").value(repealing));
        kit.view(READER, repealing).andExpect(jsonPath("$.repeals[0].id").value(second));

        assertThat(kit.found(READER, "status=REVISED&q=" + title)).containsExactly(first);
        assertThat(kit.found(READER, "status=REPEALED&q=" + title)).containsExactly(second);
        assertThat(kit.found(READER, "status=IN_FORCE&q=" + title)).isEmpty();
        assertThat(kit.found(READER, "kind=INTERNAL&year=2025&q=" + title)).containsExactly(second);
        assertThat(kit.found(READER, "kind=POLICY&q=" + title)).isEmpty();
        // a repeal day still to come leaves it in force until then
        long future = id(kit.create(MANAGER, regulation("POLICY", title + "（限期）", "2026-01-01", null,
                LocalDate.now().plusYears(1).toString())).andExpect(status().isCreated()));
        assertThat(kit.found(READER, "status=IN_FORCE&kind=POLICY&q=" + title)).containsExactly(future);
    }

    @Test
    void softwareKeepsEveryVersionWithItsSha256AndDownloadsAsAnAttachment() throws Exception {
        byte[] first = ("MZ installer " + TestUsers.unique("v1")).getBytes(StandardCharsets.UTF_8);
        byte[] second = ("MZ installer " + TestUsers.unique("v2")).getBytes(StandardCharsets.UTF_8);
        String name = TestUsers.unique("财务核算客户端");
        String body = mvc.perform(multipart("/api/v1/software").file(new MockMultipartFile("file", "setup.exe",
                                "application/pdf", first))
                        .param("name", name).param("platform", "Windows").param("scope", "UNIT")
                        .param("version", "1.0").param("notes", "首个版本")
                        .header("Idempotency-Key", TestUsers.unique("k")).with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long software = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/software/{id}/versions", software)
                        .file(new MockMultipartFile("file", "setup-1.1.msi", "text/html", msi(second)))
                        .param("version", "1.1").param("notes", "修复问题").with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.latest.version").value("1.1"))
                .andExpect(jsonPath("$.versions[1].sha256").value(sha256(first)))
                .andExpect(jsonPath("$.latest.sha256").value(sha256(msi(second))));
        long v1 = jdbc.queryForObject("select id from regulation_software_version where software_id = ? and "
                + "version_label = '1.0'", Long.class, software);
        for (String path : new String[] {"/api/v1/software/{id}/versions/{v}/download",
                "/software/{id}/versions/{v}/download"}) {
            byte[] downloaded = mvc.perform(get(path, software, v1).with(users.as(READER)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_OCTET_STREAM_VALUE))
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(sha256(downloaded)).isEqualTo(sha256(first));
        }
        assertThat(mvc.perform(get("/software/{id}", software).with(users.as(READER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(sha256(first), sha256(msi(second)));
        // the same version again: 409; an .exe named .pdf or a PDF named .exe: 400; nothing added
        mvc.perform(multipart("/api/v1/software/{id}/versions", software)
                        .file(new MockMultipartFile("file", "setup.exe", null, first))
                        .param("version", "1.1").with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/api/v1/software/{id}/versions", software)
                        .file(new MockMultipartFile("file", "setup.exe", null, "%PDF-1.7".getBytes()))
                        .param("version", "1.2").with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("与其扩展名不符")));
        long regulation = id(kit.create(MANAGER, regulation("INTERNAL", TestUsers.unique("附件规定"), "2026-01-01", null,
                null)));
        mvc.perform(multipart("/api/v1/regulations/{id}/files", regulation)
                        .file(new MockMultipartFile("file", "通知.pdf", "application/pdf", first))
                        .with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from regulation_software_version where software_id = ?",
                Long.class, software)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from regulation_file where regulation_id = ?", Long.class,
                regulation)).isZero();
    }

    @Test
    void badInputIsRefusedInChineseAndSavesNothing() throws Exception {
        String title = TestUsers.unique("日期颠倒");
        kit.create(MANAGER, regulation("POLICY", title, "2026-03-01", "2026-02-01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("施行日期不能早于发布日期。"));
        kit.create(MANAGER, regulation("POLICY", title, "2026-03-01", "2026-03-02", "2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("废止日期不能早于")));
        assertThat(jdbc.queryForObject("select count(*) from regulation_regulation where title = ?", Long.class,
                title)).isZero();

        String link = TestUsers.unique("恶意链接");
        for (String url : new String[] {"javascript:alert(1)", "JavaScript://example.gov.cn/%0aalert(1)",
                "data:text/html,x", "//example.gov.cn"}) {
            kit.postJson(MANAGER, "/api/v1/common-info", """
                    {"category": "LINK", "scope": "UNIT", "title": "%s", "url": "%s"}""".formatted(link, url))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("链接地址须是以 http:// 或 https:// 开头的完整网址。"));
        }
        assertThat(jdbc.queryForObject("select count(*) from regulation_info where title = ?", Long.class, link))
                .isZero();
        kit.postJson(MANAGER, "/api/v1/common-info", """
                {"category": "LINK", "scope": "CITY", "title": "%s", "url": "https://www.example.gov.cn/a?b=1"}"""
                .formatted(link)).andExpect(status().isCreated());

        // script in the text is cleaned away
        long clean = id(kit.create(MANAGER, regulation("INTERNAL", TestUsers.unique("富文本"), "2026-01-01", null, null)
                .replace("<p>第一条 专项资金。</p>", "<p onclick=\\\"x()\\\">第一条</p><script>alert(1)</script>")));
        assertThat(jdbc.queryForObject("select body from regulation_regulation where id = ?", String.class, clean))
                .contains("第一条").doesNotContain("script", "onclick");
    }

    /** An installer of the MSI type: the compound document's signature, then the bytes. */
    private static byte[] msi(byte[] content) {
        byte[] bytes = new byte[content.length + 4];
        bytes[0] = (byte) 0xD0;
        bytes[1] = (byte) 0xCF;
        bytes[2] = 0x11;
        bytes[3] = (byte) 0xE0;
        System.arraycopy(content, 0, bytes, 4, content.length);
        return bytes;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

}
