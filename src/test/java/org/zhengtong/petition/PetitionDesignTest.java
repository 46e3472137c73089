package org.zhengtong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.petition.PetitionTestKit.LEADER;
import static org.zhengtong.petition.PetitionTestKit.OFFICE;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * 市信访局 designs its own chain for letters on the process designer: after 拟办 its 办公室主任 checks, then the leader
 * chosen at 拟办 instructs; a letter registered then runs on it, the rest of the frame unchanged. The design is
 * disabled again afterwards, so the other tests run on the default process.
 */
@IntegrationTest
class PetitionDesignTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;

    private String design;

    @AfterEach
    void disable() throws Exception {
        if (design != null) {
            mvc.perform(post(design + "/active").with(users.as("sysadmin")).with(csrf()).param("active", "false"))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void aUnitsDesignForLettersRunsWithTheLeadersInstructionKept() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        // the instruction is required: a design without it is refused
        mvc.perform(post("/admin/processes/new").with(users.as("sysadmin")).with(csrf())
                        .param("name", TestUsers.unique("缺批示")).param("template", "petition").param("type", "LETTER")
                        .param("unitId", String.valueOf(kit.unit("xfj"))).param("op", "save")
                        .param("nodes[0].name", "办公室审核").param("nodes[0].kind", "POSITION")
                        .param("nodes[0].position", "OFFICE_DIRECTOR"))
                .andExpect(status().isUnprocessableEntity());
        design = mvc.perform(post("/admin/processes/new").with(users.as("sysadmin")).with(csrf())
                        .param("name", TestUsers.unique("信访局来信")).param("template", "petition").param("type", "LETTER")
                        .param("unitId", String.valueOf(kit.unit("xfj"))).param("op", "save")
                        .param("nodes[0].name", "办公室审核").param("nodes[0].kind", "POSITION")
                        .param("nodes[0].position", "OFFICE_DIRECTOR")
                        .param("nodes[1].name", "领导批示").param("nodes[1].kind", "CHOSEN")
                        .param("nodes[1].step", "PETITION_INSTRUCT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long id = kit.register(PetitionTestKit.body("LETTER", "冯军", PetitionTestKit.newIdNumber(), "13907350002",
                "URBAN", TestUsers.unique("背街小巷路灯不亮"), List.of()));
        kit.send(OFFICE, id, "propose", """
                {"opinion": "拟受理", "choices": {"disposition": ["ACCEPT"], "leader": ["xfj.deputy1"]}}""")
                .andExpect(status().isOk());
        String check = workflow.todo(OFFICE).stream().filter(t -> t.businessKey().equals("petition:" + id))
                .findFirst().orElseThrow().name();
        assertThat(check).isEqualTo("办公室审核");
        mvc.perform(post("/api/v1/tasks/{taskId}/send", workflow.todo(OFFICE).stream()
                        .filter(t -> t.businessKey().equals("petition:" + id)).findFirst().orElseThrow().taskId())
                        .with(users.as(OFFICE)).with(csrf()).contentType("application/json")
                        .content("{\"opinion\": \"核实无误\"}"))
                .andExpect(status().isOk());
        kit.send("xfj.deputy1", id, "instruct", "{\"opinion\": \"请市住建局办理\"}").andExpect(status().isOk());
        assertThat(workflow.todo(LEADER)).noneMatch(t -> t.businessKey().equals("petition:" + id));
        kit.task(OFFICE, id, "assign");
    }
}
