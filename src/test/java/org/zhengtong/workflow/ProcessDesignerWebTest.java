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
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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
                .andExpect(content().string(containsString("/admin/processes/new?direction=INCOMING")));
        for (String path : List.of("/admin/processes", "/admin/processes/new", "/admin/processes/import")) {
            mvc.perform(get(path).with(users.as("czj.office"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/processes/new").with(users.as("czj.head")).with(csrf()).param("op", "save")
                .param("name", "越权").param("direction", "OUTGOING")).andExpect(status().isForbidden());
        mvc.perform(get("/").with(users.as("czj.office"))).andExpect(content().string(not(containsString("/admin/processes"))));
    }

    @Test
    void designEditPreviewSaveAndExport() throws Exception {
        String name = TestUsers.unique("网页设计");
        mvc.perform(get("/admin/processes/new").param("direction", "OUTGOING").with(users.as("sysadmin")))
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
        mvc.perform(form("/admin/processes/new", "").param("op", "save")).andExpect(status().isOk())
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
        mvc.perform(upload(bad)).andExpect(status().isOk())
                .andExpect(content().string(containsString("清理（Evil）")))
                .andExpect(content().string(containsString("脚本任务")));
    }

    private MockHttpServletRequestBuilder form(String path, String name) {
        return post(path).with(users.as("sysadmin")).with(csrf()).param("name", name).param("direction", "OUTGOING")
                .param("documentType", "MOTION").param("unitId", String.valueOf(czj()))
                .param("nodes[0].name", "会签").param("nodes[0].kind", "COUNTERSIGN")
                .param("nodes[0].people", "czj.d2.chief", "czj.d3.chief").param("nodes[0].mode", "ANY")
                .param("nodes[0].conditionType", "TYPE_IN").param("nodes[0].types", "MOTION", "REPORT");
    }

    private MockHttpServletRequestBuilder upload(byte[] file) {
        return multipart("/admin/processes/import").file(new MockMultipartFile("file", "external.bpmn", "text/xml", file))
                .with(users.as("sysadmin")).with(csrf()).param("name", TestUsers.unique("网页导入"))
                .param("direction", "OUTGOING").param("documentType", "MOTION").param("unitId",
                        String.valueOf(directory.person("szfb.head").orElseThrow().unitId()));
    }

    private long czj() {
        return directory.person("czj.head").orElseThrow().unitId();
    }
}
