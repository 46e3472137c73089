package org.zhengtong.petition;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * 信访管理 with only the modules it uses started: a letter registered through the API is the office's 拟办, which
 * accepts it to the head for his 批示.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import(TestUsers.class)
class PetitionModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;

    @Test
    void aRegisteredLetterIsProposedAndGoesToTheLeader() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        long id = kit.register(PetitionTestKit.body("LETTER", "钱进", PetitionTestKit.newIdNumber(), "13907357777",
                "OTHER", TestUsers.unique("公交线路调整"), List.of()));
        kit.send(PetitionTestKit.OFFICE, id, "propose", """
                {"opinion": "拟受理", "choices": {"disposition": ["ACCEPT"], "leader": ["xfj.head"]}}""")
                .andExpect(status().isOk());
        kit.task(PetitionTestKit.LEADER, id, "instruct");
        kit.view(PetitionTestKit.OFFICE, id).andExpect(jsonPath("$.status").value("HANDLING"));
    }
}
