package org.zhengtong.sharedfile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.TextPdf;

/**
 * Every access rule of 共享文件 attacked: another unit's administrator and the three system administrators read,
 * download, upload into, grant on, sub-folder and delete in 市财政局's folder — 404, as for a forged id, and nothing
 * changed; a 密级 above one's clearance, an unknown grantee and a path in a file's name are refused or cleaned.
 */
@IntegrationTest
class SharedFileAttackTest {

    static final String[] OUTSIDERS = {"jyj.office", "sysadmin", "secadmin", "auditadmin"};

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TextPdf textPdf;
    @Autowired PlatformFixtures platform;

    @Test
    void outsidersAndForgedIdsFindNothingAndChangeNothing() throws Exception {
        SharedFileTestSupport api = new SharedFileTestSupport(mvc, users);
        String manager = SharedFileTestSupport.MANAGER;
        long folder = api.folder(TestUsers.unique("局内资料"));
        byte[] pdf = textPdf.render("资料", List.of("内容"));
        long file = SharedFileTestSupport.id(api.upload(folder, manager, "../../etc/资料.pdf", pdf, "UNCLASSIFIED")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.versions[0].fileName").value("资料.pdf")));

        for (String outsider : OUTSIDERS) {
            mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).with(users.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/shared-files/folders/{id}", folder).with(users.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/shared-files/files/{id}/versions/1/content", file).with(users.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/shared-files/files/{id}", file).with(users.as(outsider)))
                    .andExpect(status().isNotFound());
            api.upload(folder, outsider, "x.pdf", pdf, "UNCLASSIFIED").andExpect(status().isNotFound());
            api.json("/api/v1/shared-files/folders/" + folder + "/grants", outsider, """
                    {"access": "MANAGE", "kind": "PERSON", "grantee": "%s"}""".formatted(outsider))
                    .andExpect(status().isNotFound());
            api.json("/api/v1/shared-files/folders", outsider, """
                    {"parentId": %d, "name": "x"}""".formatted(folder)).andExpect(status().isNotFound());
            mvc.perform(delete("/api/v1/shared-files/files/{id}", file).with(users.as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/shared-files/folders/{id}", 987654321L).with(users.as(manager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/shared-files/files/{id}", 987654321L).with(users.as(manager)))
                .andExpect(status().isNotFound());
        api.json("/api/v1/shared-files/folders", "jyj.office", """
                {"name": "x"}""").andExpect(status().isBadRequest());
        mvc.perform(post("/shared-files/quota").param("megabytes", "1").with(users.as("czj.d1.clerk1")).with(csrf()))
                .andExpect(status().isForbidden());

        api.upload(folder, "czj.d1.clerk1", "x.pdf", pdf, "UNCLASSIFIED").andExpect(status().isNotFound());
        PlatformFixtures.Team team = platform.newTeam();
        api.grant(folder, "UPLOAD", "PERSON", team.clerk());
        api.upload(folder, team.clerk(), "秘密.pdf", pdf, "SECRET").andExpect(status().isBadRequest());
        api.json("/api/v1/shared-files/folders/" + folder + "/grants", manager, """
                {"access": "READ", "kind": "UNIT", "grantee": "1 OR 1=1"}""").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/shared-files/folders/{id}", folder).with(users.as(manager)))
                .andExpect(jsonPath("$.files.length()").value(1));
    }
}
