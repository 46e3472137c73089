package org.zhengtong.chronicle;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every access rule of 大事记 attacked: another unit's office, a colleague, the three administrators and forged ids
 * read, change, approve, publish and take into the city's chronicle an entry that is not theirs — 403 (404 for what
 * does not exist) and the entry unchanged; bad input (no title, a day in the future, a 密级 above one's clearance, a
 * link to a 公文 one may not open) is 400 in Chinese and creates nothing.
 */
@IntegrationTest
class ChronicleAttackTest {

    static final String OFFICE = "czj.office";
    static final String OTHER_OFFICE = "jyj.office";
    static final String[] ADMINISTRATORS = {"sysadmin", "secadmin", "auditadmin"};

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired Clock clock;

    @Test
    void othersCannotReadChangeApprovePublishOrCollectAnEntry() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        LocalDate today = LocalDate.now(clock);
        String title = TestUsers.unique("城市更新项目验收");
        long id = ChronicleJourneyTest.id(postJson("/api/v1/chronicles", team.clerk(),
                ChronicleJourneyTest.body(today, title, "<p>内容</p>")).andExpect(status().isCreated()));
        String task = workflow.todo(OFFICE).stream().filter(t -> t.businessKey().equals("chronicle:" + id))
                .findFirst().orElseThrow().taskId();

        for (String attacker : new String[] {OTHER_OFFICE, team.clerk2(), ADMINISTRATORS[0], ADMINISTRATORS[1],
                ADMINISTRATORS[2]}) {
            mvc.perform(get("/api/v1/chronicles/{id}", id).with(users.as(attacker))).andExpect(status().isForbidden());
            mvc.perform(get("/chronicles/{id}", id).with(users.as(attacker))).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/chronicles/{id}", id).with(users.as(attacker)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ChronicleJourneyTest.body(today, "篡改", "x")))
                    .andExpect(status().isForbidden());
            postJson("/api/v1/tasks/{taskId}/send", attacker, "{\"opinion\": \"同意\"}", task)
                    .andExpect(status().is4xxClientError());
            postJson("/api/v1/tasks/{taskId}/return", attacker, "{\"target\": \"draft\", \"opinion\": \"退\"}", task)
                    .andExpect(status().is4xxClientError());
            mvc.perform(post("/api/v1/chronicles/{id}/city", id).with(users.as(attacker)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/chronicles/manage").with(users.as(attacker)))
                    .andExpect(attacker.equals(OTHER_OFFICE) ? status().isOk() : status().isForbidden())
                    .andExpect(attacker.equals(OTHER_OFFICE)
                            ? jsonPath("$[?(@.id == %d)]".formatted(id)).isEmpty() : status().isForbidden());
        }
        for (String administrator : ADMINISTRATORS) {
            postJson("/api/v1/chronicles", administrator, ChronicleJourneyTest.body(today, "管理员记事", "x"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/chronicles").with(users.as(administrator))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/chronicles/publish").param("year", "" + today.getYear())
                    .with(users.as(administrator)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/chronicles/publish").param("year", "" + today.getYear())
                .with(users.as(team.clerk2())).with(csrf())).andExpect(status().isForbidden());
        // the unit's own office may not take anything into the city's chronicle, only the city office
        mvc.perform(post("/api/v1/chronicles/{id}/city", id).with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isForbidden());
        // forged ids
        mvc.perform(get("/api/v1/chronicles/{id}", 987654321L).with(users.as(team.clerk())))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/chronicles/{id}", 987654321L).with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ChronicleJourneyTest.body(today, "x", "x")))
                .andExpect(status().isNotFound());

        // nothing changed: still in review with the office, under its title
        mvc.perform(get("/api/v1/chronicles/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("REVIEW")).andExpect(jsonPath("$.title").value(title));
        mvc.perform(get("/api/v1/tasks/{taskId}", task).with(users.as(OFFICE))).andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedInChineseAndCreatesNothing() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        LocalDate today = LocalDate.now(clock);
        refused(ChronicleJourneyTest.body(today, " ", "x"), team.clerk(), "标题不能为空");
        refused(ChronicleJourneyTest.body(today.plusDays(1), "明天的事", "x"), team.clerk(), "不能晚于今天");
        refused(ChronicleJourneyTest.body(LocalDate.of(2999, 1, 1), "遥远的将来", "x"), team.clerk(), "不能晚于今天");
        refused(ChronicleJourneyTest.body(LocalDate.of(1900, 1, 1), "很久以前", "x"), team.clerk(), "1949");
        refused("""
                {"eventDate": "%s", "title": "无分类"}""".formatted(today), team.clerk(), "请选择分类");
        refused("""
                {"eventDate": "%s", "title": "秘密事项", "category": "WORK", "classification": "SECRET"}"""
                .formatted(today), team.clerk(), "密级不能高于本人的涉密等级");
        refused("""
                {"eventDate": "%s", "title": "关联公文", "category": "WORK", "linkKind": "DOCUMENT", "linkId": 987654321}"""
                .formatted(today), team.clerk(), "关联的公文或会议不存在");
        mvc.perform(get("/api/v1/chronicles/mine").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        // cleared for 秘密: the entry is hers and the office's, never the uncleared colleague's
        platform.grantClearance(team.clerk(), Clearance.GENERAL);
        long secret = ChronicleJourneyTest.id(postJson("/api/v1/chronicles", team.clerk(), """
                {"eventDate": "%s", "title": "%s", "category": "WORK", "classification": "SECRET"}"""
                .formatted(today, TestUsers.unique("秘密事项"))).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/chronicles/{id}", secret).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
    }

    private void refused(String body, String user, String message) throws Exception {
        postJson("/api/v1/chronicles", user, body).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString(message)));
    }

    private ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, variables)
                .with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
