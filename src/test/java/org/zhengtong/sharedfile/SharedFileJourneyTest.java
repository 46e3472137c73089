package org.zhengtong.sharedfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.Together;
import org.zhengtong.archive.ArchiveFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.Positions;
import org.zhengtong.platform.TextPdf;
import org.zhengtong.search.Search;
import org.zhengtong.workflow.Workflow;

/**
 * 市财政局's administrator makes a folder: a department reads it, a 分管领导 by position, one clerk uploads. The
 * uploader's PDF and DOCX are found by their text in 综合检索 by the readers, not by another unit; a new version keeps
 * the old one; a 秘密 file is hidden from a reader without clearance. Each role can do what it was granted and no
 * more. Uploads over the size limit or the quota are 413, a program named .pdf or an unknown type 400, an HTML page
 * is kept but only ever downloaded. A finished 发文 is filed in 正规文件 by itself and found by the unit.
 */
@IntegrationTest
class SharedFileJourneyTest {

    static final String OTHER_UNIT = "jyj.d1.clerk1";
    static final String UNIT_COLLEAGUE = "czj.d1.clerk2";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired TextPdf textPdf;
    @Autowired Search search;
    @Autowired AsUser asUser;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;

    @Test
    void eachRoleDoesWhatItWasGrantedAndSearchFindsTheText() throws Exception {
        SharedFileTestSupport api = new SharedFileTestSupport(mvc, users);
        PlatformFixtures.Team team = platform.newTeam();
        platform.grantClearance(team.clerk(), Clearance.GENERAL);
        long folder = api.folder(TestUsers.unique("内部指南"));
        api.grant(folder, "READ", "DEPARTMENT", team.departmentId());
        api.grant(folder, "READ", "POSITION", Positions.LEADER_IN_CHARGE);
        api.grant(folder, "UPLOAD", "PERSON", team.clerk());

        String pdfWord = TestUsers.unique("专项资金");
        long pdf = SharedFileTestSupport.id(api.upload(folder, team.clerk(), "管理办法.pdf",
                textPdf.render("管理办法", List.of("城市更新 " + pdfWord + " 管理")), "UNCLASSIFIED")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.media").value("PDF")));
        String docxWord = TestUsers.unique("问答");
        long docx = SharedFileTestSupport.id(api.upload(folder, team.clerk(), "常见问题.docx",
                SharedFileTestSupport.docx("预算编制 " + docxWord), "UNCLASSIFIED").andExpect(status().isCreated()));
        long secret = SharedFileTestSupport.id(api.upload(folder, team.clerk(), "秘密.pdf",
                textPdf.render("秘密", List.of("内容")), "SECRET").andExpect(status().isCreated()));

        // readers: the department (by grant), the 分管领导 (by position), the uploader, the manager; search finds
        // the PDF's and the DOCX's text for them, not for another unit or a colleague outside the grants
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(found(team.clerk2(), pdfWord)).contains(pdf);
            assertThat(found(team.leader(), docxWord)).contains(docx);
        });
        assertThat(found(OTHER_UNIT, pdfWord)).doesNotContain(pdf);
        assertThat(found(UNIT_COLLEAGUE, pdfWord)).doesNotContain(pdf);
        for (String reader : new String[] {team.clerk2(), team.leader(), team.clerk(), SharedFileTestSupport.MANAGER}) {
            mvc.perform(get("/api/v1/shared-files/files/{id}", pdf).with(users.as(reader))).andExpect(status().isOk());
        }
        for (String outsider : new String[] {OTHER_UNIT, UNIT_COLLEAGUE, "sysadmin"}) {
            mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).with(users.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/shared-files/files/{id}", pdf).with(users.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/shared-files/files/{id}/preview", pdf).with(users.as(outsider)))
                    .andExpect(status().isNotFound());
        }

        // low clearance: the 秘密 file is neither listed nor opened for a reader without clearance
        mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).with(users.as(team.clerk2())))
                .andExpect(jsonPath("$.files[?(@.id == %d)]".formatted(secret)).isEmpty())
                .andExpect(jsonPath("$.files[?(@.id == %d)]".formatted(pdf)).isNotEmpty());
        mvc.perform(get("/api/v1/shared-files/files/{id}", secret).with(users.as(team.clerk2())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/shared-files/files/{id}", secret).with(users.as(team.clerk())))
                .andExpect(status().isOk());

        // a reader may not upload, a new version or a file; the uploader may not manage
        api.upload(folder, team.clerk2(), "x.pdf", textPdf.render("x", List.of("x")), "UNCLASSIFIED")
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/shared-files/files/{id}/versions", pdf)
                        .file(new MockMultipartFile("file", "v2.pdf", "application/pdf",
                                textPdf.render("第二版", List.of("第二版")))).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/shared-files/files/{id}", pdf).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isForbidden());
        api.json("/api/v1/shared-files/folders/" + folder + "/grants", team.clerk(), """
                {"access": "MANAGE", "kind": "PERSON", "grantee": "%s"}""".formatted(team.clerk()))
                .andExpect(status().isForbidden());

        // versions: the uploader adds one, both stay; the old one downloads
        mvc.perform(multipart("/api/v1/shared-files/files/{id}/versions", pdf)
                        .file(new MockMultipartFile("file", "管理办法（修订）.pdf", "application/pdf",
                                textPdf.render("修订", List.of("修订稿")))).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versions[0].number").value(2))
                .andExpect(jsonPath("$.versions[1].fileName").value("管理办法.pdf"));
        mvc.perform(get("/api/v1/shared-files/files/{id}/versions/1/content", pdf).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
                        Matchers.startsWith("attachment")));
        mvc.perform(get("/shared-files/files/{id}/preview", pdf).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")));

        // the manager deletes; revoking the department's grant shuts its reader out
        mvc.perform(delete("/api/v1/shared-files/files/{id}", docx).with(users.as(SharedFileTestSupport.MANAGER))
                .with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/shared-files/files/{id}", docx).with(users.as(team.clerk2())))
                .andExpect(status().isNotFound());
        api.json("/api/v1/shared-files/folders/" + folder + "/grants/revoke", SharedFileTestSupport.MANAGER, """
                {"access": "READ", "kind": "DEPARTMENT", "grantee": "%d"}""".formatted(team.departmentId()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/shared-files/files/{id}", pdf).with(users.as(team.clerk2())))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesWhatIsTooBigOverQuotaNotWhatItSaysOrActive() throws Exception {
        SharedFileTestSupport api = new SharedFileTestSupport(mvc, users);
        long folder = api.folder(TestUsers.unique("上传检查"));
        String manager = SharedFileTestSupport.MANAGER;
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        api.upload(folder, manager, "通知.pdf", program, "UNCLASSIFIED").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("内容与其扩展名不符")));
        api.upload(folder, manager, "setup.exe", program, "UNCLASSIFIED").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不支持上传")));
        api.upload(folder, manager, "大文件.pdf", new byte[18 * 1024 * 1024 + 1], "UNCLASSIFIED")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("超过大小限制")));

        // HTML and SVG are kept, but never shown: the preview downloads them as octet-stream
        long html = SharedFileTestSupport.id(api.upload(folder, manager, "page.html",
                "<html><script>alert(1)</script></html>".getBytes(), "UNCLASSIFIED").andExpect(status().isCreated()));
        mvc.perform(get("/shared-files/files/{id}/preview", html).with(users.as(manager))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        // an OFD that would unpack to 30 MB from 30 KB (an inflation bomb) is kept, but never unpacked for its text
        String bombWord = TestUsers.unique("炸弹");
        long bomb = SharedFileTestSupport.id(api.upload(folder, manager, bombWord + ".ofd", ofdBomb(),
                "UNCLASSIFIED").andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/shared-files/files/{id}", bomb).with(users.as(manager))).andExpect(status().isOk());

        // over the unit's quota: 413, nothing kept; the quota back as it was
        mvc.perform(multipart("/shared-files/quota").param("megabytes", "1").with(users.as(manager)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        try {
            String quotaMessage = mvc.perform(get("/shared-files").with(users.as(manager)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(quotaMessage).contains("共 1 MB");
            api.upload(folder, manager, "资料.pdf", pdfOfSize(1024 * 1024), "UNCLASSIFIED")
                    .andExpect(status().isPayloadTooLarge())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("已达存储配额")));
        } finally {
            mvc.perform(multipart("/shared-files/quota").param("megabytes", "2048").with(users.as(manager))
                    .with(csrf())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).with(users.as(manager)))
                .andExpect(jsonPath("$.files.length()").value(2));
    }

    /** A long folder is paged, 50 files a page, newest first; a file above the reader's clearance is not counted. */
    @Test
    void aLongFolderIsPagedAndCountsOnlyWhatTheReaderMayRead() throws Exception {
        SharedFileTestSupport api = new SharedFileTestSupport(mvc, users);
        String manager = SharedFileTestSupport.MANAGER;
        long folder = api.folder(TestUsers.unique("简报"));
        api.grant(folder, "READ", "PERSON", UNIT_COLLEAGUE);
        for (int i = 1; i <= 51; i++) {
            api.upload(folder, manager, "简报第" + i + "期.pdf", pdfOfSize(64), "UNCLASSIFIED")
                    .andExpect(status().isCreated());
        }
        api.upload(folder, manager, "秘密简报.pdf", pdfOfSize(64), "SECRET").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).with(users.as(UNIT_COLLEAGUE)))
                .andExpect(jsonPath("$.filesTotal").value(51)).andExpect(jsonPath("$.files.length()").value(50))
                .andExpect(jsonPath("$.files[0].fileName").value("简报第51期.pdf"));
        mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).param("page", "1").with(users.as(UNIT_COLLEAGUE)))
                .andExpect(jsonPath("$.files.length()").value(1))
                .andExpect(jsonPath("$.files[0].fileName").value("简报第1期.pdf"));
        String first = mvc.perform(get("/shared-files/folders/{id}", folder).with(users.as(UNIT_COLLEAGUE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first.split("class=\"file-row\"", -1)).hasSize(51);
        assertThat(first).contains("page=1").doesNotContain("秘密简报");
        mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).with(users.as(manager)))
                .andExpect(jsonPath("$.filesTotal").value(52));
    }

    /** Two uploads at once with room for one: one is kept, the other 413; the library never holds more than its quota. */
    @Test
    void twoUploadsAtOnceNeverTogetherPassTheQuota() throws Exception {
        SharedFileTestSupport api = new SharedFileTestSupport(mvc, users);
        String manager = SharedFileTestSupport.MANAGER;
        long folder = api.folder(TestUsers.unique("配额"));
        int size = 1_258_291;
        long used = usedBytes(manager);
        long megabytes = (used + size + MEGABYTE - 1) / MEGABYTE;
        quota(manager, megabytes).andExpect(status().isOk())
                .andExpect(jsonPath("$.quota").value(megabytes * MEGABYTE)).andExpect(jsonPath("$.mayChange").value(true));
        try {
            List<String> outcomes = Together.run(List.of(
                    () -> outcome(api.upload(folder, manager, "甲.pdf", pdfOfSize(size), "UNCLASSIFIED")),
                    () -> outcome(api.upload(folder, manager, "乙.pdf", pdfOfSize(size), "UNCLASSIFIED"))));

            assertThat(outcomes).containsExactlyInAnyOrder("201", "413");
            assertThat(usedBytes(manager)).isEqualTo(used + size).isLessThanOrEqualTo(megabytes * MEGABYTE);
        } finally {
            quota(manager, 2048).andExpect(status().isOk());
        }
        quota(platform.newTeam().clerk(), 4096).andExpect(status().isForbidden());
    }

    @Test
    void aFinishedOutgoingDocumentIsFiledAsAFormalDocumentOfItsUnit() throws Exception {
        String title = TestUsers.unique("关于下达城市更新专项资金的通知");
        String filed = new ArchiveFixtures(documents, directory, accounts, workflow).finished(title).getTitle();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(found(UNIT_COLLEAGUE, filed))
                .hasSize(1));
        long file = found(UNIT_COLLEAGUE, filed).get(0);
        mvc.perform(get("/api/v1/shared-files/files/{id}", file).with(users.as(UNIT_COLLEAGUE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value(filed))
                .andExpect(jsonPath("$.folderPath").value(Matchers.matchesPattern("正规文件 / \\d{4}年")))
                .andExpect(jsonPath("$.documentNumber").isNotEmpty())
                .andExpect(jsonPath("$.classification").value("非密"))
                .andExpect(jsonPath("$.media").value("PDF"));
        mvc.perform(get("/api/v1/shared-files/files/{id}", file).with(users.as(OTHER_UNIT)))
                .andExpect(status().isNotFound());
    }

    private static final long MEGABYTE = 1024 * 1024;

    private long usedBytes(String user) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get("/api/v1/shared-files/quota").with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.used")).longValue();
    }

    private ResultActions quota(String user, long megabytes) throws Exception {
        return mvc.perform(put("/api/v1/shared-files/quota").with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"megabytes\": " + megabytes + "}"));
    }

    private static String outcome(ResultActions result) {
        return String.valueOf(result.andReturn().getResponse().getStatus());
    }

    /** One entry of 30 MB of zeros: about 30 KB packed. */
    private static byte[] ofdBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Doc_0/Content.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private byte[] pdfOfSize(int size) {
        byte[] pdf = new byte[size];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, pdf, 0, 9);
        return pdf;
    }

    private List<Long> found(String user, String words) {
        return asUser.call(user, () -> search.search(words, "sharedfile", Map.of(), 0).items().stream()
                .map(Search.Found::id).toList());
    }
}
