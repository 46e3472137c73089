package org.zhengtong.taskforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * The demo city's 协调推进小组: its office director at 市财政局 sees the six working groups, each overseen by a
 * 副组长, and the four tasks in their states, one of them late; the contact of 基础信息梳理组 holds its task.
 */
@IntegrationTest
class DemoTaskForceTest {

    static final String DIRECTOR = "czj.deputy1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void theAssetClearingGroupWithItsWorkingGroupsAndTasks() throws Exception {
        String list = json("/api/v1/taskforces", DIRECTOR);
        List<Integer> ids = JsonPath.read(list, "$[?(@.name == '市政府系统清理和处置非办公类资产工作协调推进小组')].id");
        assertThat(ids).hasSize(1);
        long id = ids.get(0);
        String structure = json("/api/v1/taskforces/" + id, DIRECTOR);
        assertThat(JsonPath.<List<String>>read(structure, "$.groups[*].name")).containsExactly("基础信息梳理组",
                "资产定性分类组", "证照手续办理组", "人员安置政策组", "资产经营改革组", "综合情况协调组");
        assertThat(JsonPath.<List<Object>>read(structure, "$.groups[?(@.overseer == null)]")).isEmpty();
        assertThat(JsonPath.<String>read(structure, "$.officeUnitName")).isEqualTo("市财政局");
        assertThat(JsonPath.<Boolean>read(structure, "$.editable")).isTrue();

        String tasks = json("/api/v1/taskforces/" + id + "/tasks", DIRECTOR);
        // the demo's four (the browser journey, sharing the database, may have added its own)
        assertThat(JsonPath.<List<String>>read(tasks, "$[*].status")).contains("HANDLING", "SUBMITTED", "ACCEPTED");
        assertThat(JsonPath.<List<String>>read(tasks, "$[?(@.overdue == true)].title"))
                .contains("梳理无证资产清单并提出补办意见");
        assertThat(json("/api/v1/todo", "czj.d3.clerk2")).contains("汇总各单位非办公类资产基础数据");
        assertThat(json("/api/v1/todo", DIRECTOR)).contains("起草人员安置政策界定意见");
    }

    private String json(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
