package org.zhengtong.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.backup.BackupService;

/**
 * /admin/backups: the system administrator sees the last backups (time, size, who, the manifest's state), starts one,
 * and checks one's files against its manifest; nobody else sees the page.
 */
@IntegrationTest
class BackupPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired BackupService backups;
    @Autowired JdbcTemplate jdbc;

    private final Path work = Path.of("target", "backup-pages", UUID.randomUUID().toString());

    @Test
    void theSystemAdministratorSeesTheBackupsAndAChangedOneIsNamed() throws Exception {
        BackupService.Made made = backups.create(work, "命令行（operator）");

        Element row = row(made.id());
        assertThat(row.text()).contains("命令行（operator）", "成功", "清单完好", made.directory().toString(),
                String.valueOf(made.fileCount()));

        mvc.perform(post("/admin/backups/{id}/verify", made.id()).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", "备份 " + made.id() + " 的全部文件与清单一致。"));

        Path dump = Files.list(made.directory()).filter(p -> p.getFileName().toString().startsWith("database"))
                .findFirst().orElseThrow();
        Files.write(dump, new byte[] {42}, StandardOpenOption.APPEND);
        String refused = (String) mvc.perform(post("/admin/backups/{id}/verify", made.id())
                        .with(users.as("sysadmin")).with(csrf()))
                .andReturn().getFlashMap().get("flashError");
        assertThat(refused).contains(dump.getFileName().toString(), "校验和不符");
        assertThat(row(made.id()).text()).contains("校验发现问题");

        Files.writeString(made.directory().resolve("manifest.json"), "{}", StandardCharsets.UTF_8);
        assertThat(row(made.id()).text()).contains("清单已被改动");
    }

    @Test
    void aBackupStartedOnThePageIsMadeInTheBackgroundAndListedWithWhoStartedIt() throws Exception {
        mvc.perform(post("/admin/backups").with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashMessage"));

        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        Long id = null;
        while (id == null && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            id = jdbc.query("select id from platform_backup where initiated_by = 'sysadmin' and status = 'SUCCEEDED'",
                    rs -> rs.next() ? rs.getLong(1) : null);
        }
        assertThat(id).as("the background backup finished").isNotNull();
        assertThat(row(id).text()).contains("sysadmin", "成功", "清单完好", "MB");
    }

    @Test
    void onlyTheSystemAdministratorSeesThePage() throws Exception {
        for (String other : new String[] {"secadmin", "auditadmin", "czj.office"}) {
            mvc.perform(get("/admin/backups").with(users.as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/backups").with(users.as(other)).with(csrf())).andExpect(status().isForbidden());
        }
        String home = mvc.perform(get("/").with(users.as("sysadmin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(home).select("a[href=/admin/backups]")).isNotEmpty();
    }

    private Element row(long id) throws Exception {
        String page = mvc.perform(get("/admin/backups").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element row = Jsoup.parse(page).getElementById("backup-" + id);
        assertThat(row).as(page).isNotNull();
        return row;
    }
}
