package org.zhengtong.journal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every access rule of 电子刊物 attacked on a publication of 市政府办公室 read and fed by 市财政局 only: another
 * unit (教育局) reads neither the publication, its issue, its PDF nor its article, nor submits to it; a reader who is
 * no editor (a clerk, 市财政局's own unit administrator) neither adopts, composes nor publishes; a forged id is 404;
 * a 密级 above the author's clearance and a blank title are 400 in Chinese and create nothing.
 */
@IntegrationTest
class JournalAttackTest {

    static final String OUTSIDER = "jyj.office";
    static final String EDITOR = JournalJourneyTest.EDITOR;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory directory;

    @Test
    void outsidersAndNonEditorsAreRefusedEverywhere() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long publication = JournalJourneyTest.publication(mvc, users, directory, TestUsers.unique("内部简报"));
        String title = TestUsers.unique("城市更新项目资金审计");
        long article = JournalJourneyTest.id(postJson("/api/v1/journals/articles", team.clerk(),
                JournalJourneyTest.body(publication, title, "<p>正文</p>", "UNCLASSIFIED"))
                .andExpect(status().isCreated()));
        String review = workflow.todo(EDITOR).stream().filter(t -> t.businessKey().equals("journal:" + article))
                .findFirst().orElseThrow().taskId();

        // no one but an editor adopts it
        for (String attacker : new String[] {team.clerk2(), "czj.office", OUTSIDER}) {
            postJson("/api/v1/tasks/{taskId}/send", attacker, "{}", review).andExpect(status().is4xxClientError());
        }
        mvc.perform(get("/api/v1/journals/articles/{id}", article).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("REVIEW"));
        postJson("/api/v1/tasks/{taskId}/send", EDITOR, "{}", review).andExpect(status().isOk());

        // nor composes or publishes
        for (String attacker : new String[] {team.clerk2(), "czj.office", OUTSIDER}) {
            postJson("/api/v1/journals/{id}/issues", attacker, "{\"articleIds\": [%d]}".formatted(article), publication)
                    .andExpect(status().isForbidden());
        }
        long issue = JournalJourneyTest.id(postJson("/api/v1/journals/{id}/issues", EDITOR,
                "{\"articleIds\": [%d]}".formatted(article), publication).andExpect(status().isCreated()));
        for (String attacker : new String[] {team.clerk2(), "czj.office", OUTSIDER}) {
            postJson("/api/v1/journals/issues/{id}/publish", attacker, "", issue).andExpect(status().isForbidden());
            mvc.perform(post("/journals/issues/{id}/publish", issue).with(users.as(attacker)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/journals/issues/{id}", issue).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
        postJson("/api/v1/journals/issues/{id}/publish", EDITOR, "", issue).andExpect(status().isOk());

        // published: the audience reads it, another unit reads nothing of it
        mvc.perform(get("/api/v1/journals/issues/{id}/pdf", issue).with(users.as(team.clerk2())))
                .andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/journals/{id}", "/journals/{id}", "/api/v1/journals/{id}/issues",
                "/api/v1/journals/{id}/scores"}) {
            mvc.perform(get(path, publication).with(users.as(OUTSIDER))).andExpect(status().isForbidden());
        }
        for (String path : new String[] {"/api/v1/journals/issues/{id}", "/journals/issues/{id}",
                "/api/v1/journals/issues/{id}/pdf", "/journals/issues/{id}/pdf"}) {
            mvc.perform(get(path, issue).with(users.as(OUTSIDER))).andExpect(status().isForbidden());
        }
        for (String path : new String[] {"/api/v1/journals/articles/{id}", "/journals/articles/{id}"}) {
            mvc.perform(get(path, article).with(users.as(OUTSIDER))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/journals").with(users.as(OUTSIDER)))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(publication)).isEmpty());
        postJson("/api/v1/journals/articles", "jyj.d1.clerk1",
                JournalJourneyTest.body(publication, "越权报送", "<p>x</p>", "UNCLASSIFIED"))
                .andExpect(status().isForbidden());

        // forged ids
        mvc.perform(get("/api/v1/journals/issues/{id}", Long.MAX_VALUE).with(users.as(EDITOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/journals/articles/{id}", Long.MAX_VALUE).with(users.as(EDITOR)))
                .andExpect(status().isNotFound());

        // bad input: 400 in Chinese, nothing created
        postJson("/api/v1/journals/articles", team.clerk(),
                JournalJourneyTest.body(publication, "涉密信息", "<p>x</p>", "TOP_SECRET"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("密级不能高于本人的涉密等级")));
        postJson("/api/v1/journals/articles", team.clerk(),
                JournalJourneyTest.body(publication, " ", "<p>x</p>", "UNCLASSIFIED"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/journals/articles/mine").with(users.as(team.clerk())))
                .andExpect(jsonPath("$.length()").value(1));
    }

    ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
