package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.DesignNodes;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.internal.DesignNode.Kind;
import org.zhengtong.workflow.internal.ProcessDesign;
import org.zhengtong.workflow.internal.ProcessDesigner;

/** The messages after drafting and sending name the steps of the unit's own design, not the default ones. */
@IntegrationTest
class DesignedStepMessagesPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired DocumentService documents;
    @Autowired ProcessDesigner designer;

    DocumentPages pages;
    ProcessDesign design;

    @BeforeEach
    void pages() {
        pages = new DocumentPages(mvc, users, accounts, workflow, directory, documents);
    }

    @AfterEach
    void disableDesign() {
        // the database is shared: a design left active would route other tests' documents
        pages.as("sysadmin", () -> {
            designer.setActive(design.getId(), false);
            return null;
        });
    }

    @Test
    void sendingNamesTheDesignedNextStep() throws Exception {
        long czj = directory.person("czj.d1.clerk1").orElseThrow().unitId();
        design = pages.as("sysadmin", () -> designer.create(TestUsers.unique("财政局纪要流程"), "outgoing",
                DocumentType.MINUTES.name(), czj, List.of(DesignNodes.node("科室审核", Kind.DEPARTMENT_HEAD))));

        String location = pages.post("czj.d1.clerk1", "/documents/new", "type", "MINUTES",
                        "title", TestUsers.unique("局务会议纪要"), "classification", "UNCLASSIFIED", "urgency", "NORMAL",
                        "issuerCode", "财预", "mainRecipients", String.valueOf(pages.unit("szfb")),
                        "bodyHtml", "<p>会议议定如下。</p>")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", not(containsString("部门审核"))))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/documents/".length()));

        String chief = directory.person("czj.d1.chief").orElseThrow().name();
        pages.act("czj.d1.clerk1", id, "send", "opinion", "请审核")
                .andExpect(flash().attribute("flashMessage", "已发送，现由科室审核（" + chief + "）办理。"));
        assertThat(pages.task("czj.d1.chief", id).name()).isEqualTo("科室审核");
    }
}
