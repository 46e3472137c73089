package org.zhengtong.sharedfile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.TextPdf;

/**
 * The pages of 共享文件: the folder tree with the quota (the manager may change it and make folders), the 公共信息
 * menu entry, a folder's page with the upload form for uploaders only, an upload through the form (a mismatched file
 * shown again with its Chinese message and 400), the file's page with its versions and preview, the permissions page
 * for managers only (granting through its form).
 */
@IntegrationTest
class SharedFilePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired TextPdf textPdf;

    @Test
    void treeFolderUploadFileAndPermissionsPages() throws Exception {
        SharedFileTestSupport api = new SharedFileTestSupport(mvc, users);
        PlatformFixtures.Team team = platform.newTeam();
        String name = TestUsers.unique("计划总结");
        long folder = api.folder(name);
        api.grant(folder, "READ", "DEPARTMENT", team.departmentId());
        api.grant(folder, "UPLOAD", "PERSON", team.clerk());
        String manager = SharedFileTestSupport.MANAGER;

        mvc.perform(get("/shared-files").with(users.as(manager))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/shared-files\"")))
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("id=\"quota-form\"")))
                .andExpect(content().string(Matchers.containsString("id=\"new-folder\"")))
                .andExpect(content().string(Matchers.containsString("文献资料")));
        mvc.perform(get("/shared-files").with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"quota-form\""))));
        mvc.perform(get("/shared-files/folders/{id}", folder).with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"upload-form\""))));
        mvc.perform(get("/shared-files/folders/{id}", folder).with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"upload-form\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"folder-permissions\""))));

        mvc.perform(multipart("/shared-files/folders/{id}/files", folder)
                        .file(new MockMultipartFile("file", "总结.pdf", "application/pdf", "<html>".getBytes()))
                        .param("classification", "UNCLASSIFIED").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("内容与其扩展名不符")));
        String page = mvc.perform(multipart("/shared-files/folders/{id}/files", folder)
                        .file(new MockMultipartFile("file", "总结.pdf", "application/pdf",
                                textPdf.render("年度总结", List.of("一年来……"))))
                        .param("title", "年度工作总结").param("classification", "UNCLASSIFIED")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(redirectedUrlPattern("/shared-files/files/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("年度工作总结")))
                .andExpect(content().string(Matchers.containsString("id=\"preview-pdf\"")))
                .andExpect(content().string(Matchers.containsString("总结.pdf")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"version-form\""))));
        mvc.perform(get(page).with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"version-form\"")));

        mvc.perform(get("/shared-files/folders/{id}/permissions", folder).with(users.as(team.clerk())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/shared-files/folders/{id}/permissions", folder).param("access", "READ")
                        .param("target", "POSITION:LEADER_IN_CHARGE").with(users.as(manager)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/shared-files/folders/{id}/permissions", folder).with(users.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("分管领导")))
                .andExpect(content().string(Matchers.containsString("id=\"grant-form\"")));
        mvc.perform(post("/shared-files/folders/{id}/permissions", folder).param("access", "READ")
                        .param("target", "PERSON:nobody-here").with(users.as(manager)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("授权对象不存在")));
    }
}
