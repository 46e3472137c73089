package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/** On a 机密 document the picker offers only cleared people, and a transfer to anyone else is refused with 409/422. */
@IntegrationTest
class DocumentClearancePageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired DocumentService documents;
    @Autowired PlatformFixtures platform;

    DocumentPages pages;
    PlatformFixtures.Team team;
    long id;

    @BeforeEach
    void confidentialDraft() {
        pages = new DocumentPages(mvc, users, accounts, workflow, directory, documents);
        team = platform.newTeam();
        platform.grantClearance(team.clerk(), Clearance.IMPORTANT);
        id = new DocumentFixtures(documents, directory, accounts).draft(team.clerk(), DocumentType.REPORT,
                Urgency.NORMAL, Classification.CONFIDENTIAL, "机密报告").getId();
    }

    @Test
    void thePickerOffersOnlyPeopleCleared() throws Exception {
        String page = pages.page(team.clerk(), id);
        assertThat(page).contains("value=\"czj.deputy1\"").doesNotContain("value=\"" + team.clerk2() + "\"")
                .doesNotContain("value=\"czj.office\"");
    }

    @Test
    void aTransferToSomeoneWithoutClearanceIsRefusedOnThePage() throws Exception {
        String name = directory.person(team.clerk2()).orElseThrow().name();
        String task = pages.taskId(team.clerk(), id);
        pages.act(team.clerk(), id, "transfer", "transferTo", team.clerk2(), "opinion", "请办理")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(name + "的涉密等级不足以办理机密公文，请另选办理人。")));
        assertThat(pages.taskId(team.clerk(), id)).isEqualTo(task);
        assertThat(pages.task(team.clerk2(), id)).isNull();

        pages.act(team.clerk(), id, "transfer", "transferTo", "czj.deputy1", "opinion", "请办理")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.task("czj.deputy1", id).taskId()).isEqualTo(task);
    }

    @Test
    void aTransferToSomeoneWithoutClearanceIsRefusedByTheApi() throws Exception {
        String name = directory.person(team.clerk2()).orElseThrow().name();
        String task = pages.taskId(team.clerk(), id);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/documents/" + id + "/tasks/" + task + "/transfer")
                        .with(users.as(team.clerk())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"" + team.clerk2() + "\",\"opinion\":\"请办理\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(name + "的涉密等级不足以办理机密公文，请另选办理人。"));
        assertThat(pages.taskId(team.clerk(), id)).isEqualTo(task);
    }
}
