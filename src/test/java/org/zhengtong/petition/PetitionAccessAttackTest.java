package org.zhengtong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.petition.PetitionTestKit.DISTRICT;
import static org.zhengtong.petition.PetitionTestKit.HOUSING;
import static org.zhengtong.petition.PetitionTestKit.OFFICE;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * The access rules of 信访, attacked: the petitioner's data only for the office of the case's unit and the case's
 * handlers — not another unit's office, not a handler's colleague, not in 综合检索 for them, not by a forged id or a
 * task of another case; 交办 or 转交 never to the unit complained about; only the office changes a case.
 */
@IntegrationTest
class PetitionAccessAttackTest {

    static final String OTHER_OFFICE = "czj.office";
    static final String COLLEAGUE = "zjj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;

    @Test
    void thePersonalDataIsHiddenFromEveryoneButTheOfficeAndTheHandlers() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        String summary = TestUsers.unique("拖欠农民工工资");
        long id = kit.handedToTwoUnits(summary);

        for (String outsider : List.of(OTHER_OFFICE, COLLEAGUE, "bhqb.office", "sysadmin")) {
            kit.view(outsider, id).andExpect(status().isForbidden());
            mvc.perform(get("/petitions/{id}", id).with(users.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/petitions/{id}/pdf/registration", id).with(users.as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/petitions/{id}/related", id).with(users.as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/petitions/{id}/history", id).with(users.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        // another unit's office does not find it in its list either
        assertThat(mvc.perform(get("/api/v1/petitions").param("text", summary).with(users.as(OTHER_OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(summary);
        for (String handler : List.of(OFFICE, HOUSING, DISTRICT, PetitionTestKit.LEADER)) {
            kit.view(handler, id).andExpect(status().isOk());
        }

        // 综合检索: the office and the handlers find the matter; the others do not; the ID number is not indexed
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(search(OFFICE, summary)).contains("/petitions/" + id);
            assertThat(search(HOUSING, summary)).contains("/petitions/" + id);
        });
        for (String outsider : List.of(OTHER_OFFICE, COLLEAGUE, "sysadmin")) {
            assertThat(search(outsider, summary)).doesNotContain("/petitions/" + id);
        }
        String idNumber = com.jayway.jsonpath.JsonPath.read(kit.view(OFFICE, id).andReturn().getResponse()
                .getContentAsString(), "$.petitioner.idNumber");
        assertThat(search(OFFICE, idNumber)).doesNotContain("/petitions/" + id);
        assertThat(search(HOUSING, summary)).doesNotContain(idNumber).doesNotContain("13907351234");
    }

    @Test
    void onlyTheOfficeChangesACaseAndForgedIdsFindNothing() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        long id = kit.handedToTwoUnits(TestUsers.unique("违规收取物业费"));
        // a handler reads but does not answer for the office
        mvc.perform(post("/api/v1/petitions/{id}/reply", id).with(users.as(HOUSING)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"答复\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/petitions/{id}/reply", id).with(users.as(OTHER_OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"答复\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petitions/{id}/extension", id).with(users.as(OTHER_OFFICE)).with(csrf())
                .param("reason", "延期")).andExpect(status().isForbidden());
        // forged ids
        kit.view(OFFICE, 987_654_321L).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/petitions/{id}/files/{f}", id, 987_654_321L).with(users.as(OFFICE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/petitions/{id}/pdf/{kind}", id, "secret").with(users.as(OFFICE)))
                .andExpect(status().isNotFound());
        // a task of this case sent by someone it does not belong to
        String task = kit.task(HOUSING, id, "handle").taskId();
        mvc.perform(post("/api/v1/tasks/{taskId}/send", task).with(users.as(OTHER_OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"伪造\"}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 409));
        assertThat(kit.task(HOUSING, id, "handle").taskId()).isEqualTo(task);
        // registering is the office's
        mvc.perform(post("/api/v1/petitions").with(users.as(COLLEAGUE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PetitionTestKit.body("VISIT", "某人",
                                PetitionTestKit.newIdNumber(), "13900000000", "OTHER", "冒名登记", List.of())))
                .andExpect(status().isForbidden());
    }

    @Test
    void neverHandedToTheUnitComplainedAbout() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        long housing = kit.unit("zjj");
        long id = kit.register(PetitionTestKit.body("LETTER", "孙强", PetitionTestKit.newIdNumber(), "13907355678",
                "URBAN", TestUsers.unique("住建局工作人员推诿"), List.of(housing)));
        kit.send(OFFICE, id, "propose", """
                {"opinion": "拟受理", "choices": {"disposition": ["ACCEPT"], "leader": ["xfj.head"]}}""")
                .andExpect(status().isOk());
        kit.send(PetitionTestKit.LEADER, id, "instruct", "{\"opinion\": \"请依法办理\"}").andExpect(status().isOk());
        // the page does not offer it, and the server refuses it posted all the same
        String assign = kit.task(OFFICE, id, "assign").taskId();
        assertThat(mvc.perform(get("/api/v1/tasks/{taskId}", assign).with(users.as(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain("\"value\":\"" + housing + "\"");
        kit.send(OFFICE, id, "assign", """
                {"opinion": "交办", "choices": {"units": ["%d", "%d"]}}""".formatted(kit.unit("bhq"), housing))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("不得交办或转送给被反映的单位"));
        assertThat(kit.task(OFFICE, id, "assign").taskId()).isEqualTo(assign);
        kit.view(OFFICE, id).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .jsonPath("$.assignments").isEmpty());
        kit.send(OFFICE, id, "assign", """
                {"opinion": "交办", "choices": {"units": ["%d"]}}""".formatted(kit.unit("bhq")))
                .andExpect(status().isOk());
        // nor 转交 to someone of that unit
        String handle = kit.task(DISTRICT, id, "handle").taskId();
        mvc.perform(post("/api/v1/tasks/{taskId}/transfer", handle).with(users.as(DISTRICT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + HOUSING + "\", \"opinion\": \"请住建局办理\"}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 403, 409));
        assertThat(kit.task(DISTRICT, id, "handle").taskId()).isEqualTo(handle);
    }

    private String search(String username, String words) throws Exception {
        return mvc.perform(get("/api/v1/search").param("q", words).with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
