package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * Acting blind on a classified document: a handler whose clearance does not cover the 密级 gets 403 on the page, and
 * the same 403 for every write, action and download, on the console and the API, with nothing changed. And a step
 * routed by position never lands on someone without clearance: the send-on that would give it to them is refused.
 */
@IntegrationTest
class BlindWriteAttackTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired JdbcTemplate jdbc;

    DocumentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(documents, directory, accounts);
    }

    @Test
    void aHandlerWhoseClearanceNoLongerCoversTheDocumentCanNeitherChangeNorActNorDownload() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        platform.grantClearance(team.clerk(), Clearance.IMPORTANT);
        platform.grantClearance(team.chief(), Clearance.IMPORTANT);
        long id = fixtures.draft(team.clerk(), DocumentType.REPORT, Urgency.NORMAL, Classification.CONFIDENTIAL,
                "机密报告").getId();
        long attachmentId = fixtures.as(team.clerk(), () -> documents.uploadAttachment(id, null, "名单.txt", "text/plain",
                new ByteArrayInputStream("原件".getBytes(StandardCharsets.UTF_8)))).getAttachmentId();
        fixtures.sendOn(team.clerk(), id, StepDecision.opinion("请审核"));
        TodoTask review = openTask(team.chief(), id);
        assertThat(review.name()).isEqualTo("部门审核");

        // the security administrator lowers the 科长's clearance while the step is with them
        platform.grantClearance(team.chief(), Clearance.GENERAL);
        String chief = team.chief();
        String taskId = review.taskId();
        String document = "/documents/" + id;
        String api = "/api/v1/documents/" + id;
        MockMultipartFile file = new MockMultipartFile("file", "篡改.txt", "text/plain", "篡改".getBytes(StandardCharsets.UTF_8));

        List<MockHttpServletRequestBuilder> console = List.of(
                get(document),
                post(document + "/body").param("bodyHtml", "<p>篡改的正文</p>").param("baseVersion", "1"),
                post(document + "/send").param("taskId", taskId).param("opinion", "同意"),
                post(document + "/return").param("taskId", taskId).param("returnTarget", "draft").param("opinion", "退回"),
                post(document + "/transfer").param("taskId", taskId).param("transferTo", team.clerk()),
                post(document + "/add-signer").param("taskId", taskId).param("addedSigner", team.leader()),
                post(document + "/output").param("copies", "5").param("annotation", "篡改"),
                post(document + "/withdraw"),
                post(document + "/urge").param("message", "快"),
                multipart(document + "/attachments").file(file),
                multipart(document + "/attachments/" + attachmentId + "/versions").file(file),
                get(document + "/attachments/" + attachmentId + "/versions/1"),
                get(document + "/official.pdf"),
                get(document + "/official.ofd"),
                get(document + "/official.docx"),
                get(document + "/form.pdf"),
                get(document + "/diagram.png"),
                get(document + "/diff").param("from", "1").param("to", "1"));
        console.forEach(request -> request.with(users.as(chief)).with(csrf()));
        List<MockHttpServletRequestBuilder> client = List.of(
                get(api),
                get(api + "/history"),
                get(api + "/form.pdf"),
                get(api + "/official.pdf"),
                get(api + "/official.ofd"),
                get(api + "/official.docx"),
                get(api + "/tasks/" + taskId + "/return-targets"),
                json(post(api + "/tasks/" + taskId + "/send"), "{\"opinion\":\"同意\"}"),
                json(post(api + "/tasks/" + taskId + "/return"), "{\"target\":\"draft\",\"opinion\":\"退回\"}"),
                json(post(api + "/tasks/" + taskId + "/transfer"), "{\"to\":\"" + team.clerk() + "\"}"),
                json(post(api + "/tasks/" + taskId + "/add-signer"), "{\"signer\":\"" + team.leader() + "\"}"),
                json(post(api + "/output"), "{\"copies\":5}"),
                post(api + "/withdraw"),
                json(post(api + "/urge"), "{\"message\":\"快\"}"));
        client.forEach(request -> request.with(httpBasic(chief, PlatformFixtures.PASSWORD)));
        for (MockHttpServletRequestBuilder attempt : Stream.concat(console.stream(), client.stream()).toList()) {
            assertThat(mvc.perform(attempt).andReturn().getResponse().getStatus()).as(describe(attempt)).isEqualTo(403);
        }

        // nothing changed: one body version, the one attachment as uploaded, the step still the 科长's, no remark
        assertThat(count("select count(*) from doc_body_version where document_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from doc_attachment where document_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from doc_attachment_version where attachment_id = ?", attachmentId)).isEqualTo(1);
        assertThat(count("select copies from doc_document where id = ?", id)).isEqualTo(1);
        TodoTask still = openTask(chief, id);
        assertThat(still.taskId()).isEqualTo(taskId);
        assertThat(still.addedSignerFor()).isNull();
        String processId = fixtures.as(team.clerk(), () -> documents.read(id)).getProcessInstanceId();
        assertThat(workflow.history(processId).stream().flatMap(step -> step.remarks().stream())
                .map(HistoryStep.Remark::author)).doesNotContain(chief);
    }

    @Test
    void aStepRoutedByPositionToSomeoneWithoutClearanceIsRefusedToWhoeverSendsItOn() throws Exception {
        // the 机要秘书 (重要) drafts a 机密 report; 部门审核 falls to the head of 办公室, czj.office, who holds 一般
        long id = fixtures.draft("czj.secretary", DocumentType.REPORT, Urgency.NORMAL, Classification.CONFIDENTIAL,
                "机密报告").getId();
        String taskId = openTask("czj.secretary", id).taskId();
        String refusal = "“部门审核”将交给" + directory.person("czj.office").orElseThrow().name()
                + "办理，但其涉密等级低于本件要求的“重要”，未能送出。";

        mvc.perform(post("/documents/{id}/send", id).param("taskId", taskId).param("opinion", "请审核")
                        .with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(refusal)));
        mvc.perform(json(post("/api/v1/documents/{id}/tasks/{taskId}/send", id, taskId), "{\"opinion\":\"请审核\"}")
                        .with(httpBasic("czj.secretary", "Demo@2026")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(refusal)));

        assertThat(openTask("czj.secretary", id).taskId()).isEqualTo(taskId);
        assertThat(openTask("czj.office", id)).isNull();
        mvc.perform(get("/documents/{id}", id).with(users.as("czj.office"))).andExpect(status().isForbidden());
    }

    private TodoTask openTask(String username, long id) {
        return workflow.todo(username).stream().filter(t -> ("document:" + id).equals(t.businessKey()))
                .findFirst().orElse(null);
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String describe(MockHttpServletRequestBuilder attempt) {
        MockHttpServletRequest request = attempt.buildRequest(new MockServletContext());
        return request.getMethod() + " " + request.getRequestURI();
    }
}
