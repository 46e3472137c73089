package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.internal.ProcessDesigner;

/** The 流程设计 pages for the system administrator; everyone else is refused. */
@IntegrationTest
class ProcessDesignerWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ProcessDesigner designer;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    private final List<Long> designs = new ArrayList<>();

    @AfterEach
    void disableDesigns() {
        admin(() -> {
            designs.forEach(id -> designer.setActive(id, false));
            return null;
        });
    }

    /** Calls the service as the administrator: MockMvc requests leave no security context behind. */
    private <T> T admin(Supplier<T> work) {
        var admin = userDetails.loadUserByUsername("sysadmin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void onlyWorkflowAdministratorsSeeTheDesigner() throws Exception {
        mvc.perform(get("/admin/processes").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("流程设计")))
                .andExpect(content().string(containsString("/admin/processes/new?template=incoming")));
        for (String path : List.of("/admin/processes", "/admin/processes/new", "/admin/processes/import")) {
            mvc.perform(get(path).with(users.as("czj.office"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/processes/new").with(users.as("czj.head")).with(csrf()).param("op", "save")
                .param("name", "越权").param("template", "outgoing")).andExpect(status().isForbidden());
        mvc.perform(get("/").with(users.as("czj.office"))).andExpect(content().string(not(containsString("/admin/processes"))));
    }

    @Test
    void designEditPreviewSaveAndExport() throws Exception {
        String name = TestUsers.unique("网页设计");
        mvc.perform(get("/admin/processes/new").param("template", "outgoing").with(users.as("sysadmin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"node-0\"")))
                .andExpect(content().string(containsString("/js/designer.js")));

        // the editor's buttons: add a node, move it up, preview the diagram
        mvc.perform(form("/admin/processes/new", name).param("op", "add")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"node-1\"")));
        mvc.perform(form("/admin/processes/new", name).param("nodes[1].name", "分管领导审核")
                        .param("nodes[1].kind", "LEADER_IN_CHARGE").param("op", "up:1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"分管领导审核\"")));
        mvc.perform(form("/admin/processes/new", name).param("op", "preview")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/png;base64,")));
        mvc.perform(form("/admin/processes/new", "").param("op", "save")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写流程名称")));

        String location = mvc.perform(form("/admin/processes/new", name).param("op", "save"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/admin/processes/".length()));
        designs.add(id);

        mvc.perform(get("/admin/processes").with(users.as("sysadmin"))).andExpect(content().string(containsString(name)));
        mvc.perform(get(location).with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("versions/1/diagram.png")));
        mvc.perform(get(location + "/edit").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"会签\"")));
        mvc.perform(post(location + "/edit").with(users.as("sysadmin")).with(csrf()).param("name", name)
                        .param("nodes[0].name", "单位负责人审定").param("nodes[0].kind", "UNIT_HEAD")
                        .param("nodes[0].deadline", "8").param("nodes[0].deadlineUnit", "HOURS").param("op", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(admin(() -> designer.versions(id))).hasSize(2);

        mvc.perform(get(location + "/versions/2/diagram.png").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        // XML is active content: a download of no type, the bytes UTF-8 as the declaration says
        String bpmn = mvc.perform(get(location + "/versions/2/bpmn").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/octet-stream"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bpmn).contains("单位负责人审定", "PT8H");

        mvc.perform(post(location + "/active").with(users.as("sysadmin")).with(csrf()).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(admin(() -> designer.design(id).isActive())).isFalse();
    }

    @Test
    void importAcceptsAGoodFileAndExplainsARefusal() throws Exception {
        byte[] good = new ClassPathResource("designer/external-outgoing.bpmn").getContentAsByteArray();
        String location = mvc.perform(upload(good)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        designs.add(Long.parseLong(location.substring("/admin/processes/".length())));

        byte[] bad = new String(good, StandardCharsets.UTF_8).replace("<bpmn:endEvent id=\"EndEvent_1\" name=\"办结\"/>",
                "<bpmn:endEvent id=\"EndEvent_1\" name=\"办结\"/><bpmn:scriptTask id=\"Evil\" name=\"清理\" scriptFormat=\"groovy\">"
                        + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>").getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload(bad)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("清理（Evil）")))
                .andExpect(content().string(containsString("脚本任务")));
    }

    @Test
    void nodeIndexesOutOfRangeAndUnreadableValuesAreRefusedWithAReason() throws Exception {
        for (String field : List.of("nodes[300].name", "nodes[30].name", "nodes[-1].name", "nodes[x].name",
                "nodes[99999999999].name", "nodes[0].people[300]")) {
            mvc.perform(saved("/admin/processes/new", TestUsers.unique("越界")).param(field, "审阅"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("审批环节不能超过30个")));
        }
        for (String[] unreadable : new String[][] {{"nodes[0].kind", "NOBODY"}, {"nodes[0].deadline", "abc"},
                {"nodes[0].step", "ANYTHING"}}) {
            mvc.perform(saved("/admin/processes/new", TestUsers.unique("乱填")).param(unreadable[0], unreadable[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("提交的内容无法识别（" + unreadable[0] + "）")));
        }
        mvc.perform(post("/admin/processes/new").with(users.as("sysadmin")).with(csrf()).param("name", "乱填")
                        .param("unitId", "abc").param("op", "save"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("提交的内容无法识别（unitId）")));
        mvc.perform(saved("/admin/processes/new", TestUsers.unique("跳号")).param("nodes[0].name", "审定")
                        .param("nodes[0].kind", "UNIT_HEAD").param("nodes[29].name", "审阅"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("第2个环节：请填写环节名称")));
    }

    /** Issue 9 item 12: what the designer accepts fits the narrowest column it is stored in, and no more. */
    @Test
    void namesAreCheckedAgainstTheColumnsTheyAreStoredIn() throws Exception {
        int stepName = narrowestColumn("doc_body_version.step_name", "arc_history.step_name", "wf_urging.task_name",
                "act_ru_task.name_", "act_hi_taskinst.name_", "act_hi_actinst.act_name_");
        int designName = narrowestColumn("wf_process_design.name", "act_re_procdef.name_", "act_re_deployment.name_");
        String longest = padded(TestUsers.unique("长名称"), designName);

        String location = mvc.perform(unitHeadStep(saved("/admin/processes/new", longest), "审".repeat(stepName)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        designs.add(Long.parseLong(location.substring("/admin/processes/".length())));

        mvc.perform(unitHeadStep(saved(location + "/edit", longest), "审".repeat(stepName + 1)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("第1个环节：请填写环节名称（不超过" + stepName + "个字）")));
        mvc.perform(unitHeadStep(saved(location + "/edit", longest + "长"), "审定"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写流程名称（不超过" + designName + "个字）")));
    }

    /** The smallest declared length of some {@code table.column}s, read from the database's own schema. */
    private int narrowestColumn(String... columns) {
        return Arrays.stream(columns).mapToInt(column -> {
            String[] parts = column.split("\\.");
            return jdbc.queryForList("select character_maximum_length from information_schema.columns"
                    + " where lower(table_name) = ? and lower(column_name) = ?", Integer.class, parts[0], parts[1])
                    .stream().mapToInt(Integer::intValue).min()
                    .orElseThrow(() -> new AssertionError("no column " + column));
        }).min().orElseThrow();
    }

    private static String padded(String text, int length) {
        return text + "名".repeat(length - text.length());
    }

    /** The editor's save for 市财政局's 议案, without nodes. */
    private MockHttpServletRequestBuilder saved(String path, String name) {
        return post(path).with(users.as("sysadmin")).with(csrf()).param("name", name).param("template", "outgoing")
                .param("type", "MOTION").param("unitId", String.valueOf(czj())).param("op", "save");
    }

    private static MockHttpServletRequestBuilder unitHeadStep(MockHttpServletRequestBuilder request, String name) {
        return request.param("nodes[0].name", name).param("nodes[0].kind", "UNIT_HEAD");
    }

    private MockHttpServletRequestBuilder form(String path, String name) {
        return post(path).with(users.as("sysadmin")).with(csrf()).param("name", name).param("template", "outgoing")
                .param("type", "MOTION").param("unitId", String.valueOf(czj()))
                .param("nodes[0].name", "会签").param("nodes[0].kind", "COUNTERSIGN")
                .param("nodes[0].people", "czj.d2.chief", "czj.d3.chief").param("nodes[0].mode", "ANY")
                .param("nodes[0].conditionType", "TYPE_IN").param("nodes[0].types", "MOTION", "REPORT");
    }

    private MockHttpServletRequestBuilder upload(byte[] file) {
        return multipart("/admin/processes/import").file(new MockMultipartFile("file", "external.bpmn", "text/xml", file))
                .with(users.as("sysadmin")).with(csrf()).param("name", TestUsers.unique("网页导入"))
                .param("template", "outgoing").param("type", "MOTION").param("unitId",
                        String.valueOf(directory.person("szfb.head").orElseThrow().unitId()));
    }

    private long czj() {
        return directory.person("czj.head").orElseThrow().unitId();
    }
}
