package org.zhengtong.platform.api;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

@IntegrationTest
class OpenApiDocumentationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void theDescriptionNeedsALogin() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void describesEveryResourceWithChineseSummariesBasicAuthAndProblemResponses() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("政通协同办公平台 API"))
                .andExpect(jsonPath("$.info.version").value("v1"))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/units")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/units/tree")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/units/{unitId}/departments")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/units/{unitId}/people")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/departments/{id}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/people/{id}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/accounts")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/accounts/{id}/password-reset")))
                .andExpect(jsonPath("$.paths['/api/v1/units'].get.summary").value("单位列表（平铺）"))
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].post.summary").value("开设账号"))
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].post.responses['201'].content['application/json'].schema['$ref']")
                        .value("#/components/schemas/InitialPassword"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0]", hasKey("basicAuth")))
                .andExpect(jsonPath("$.paths['/api/v1/units/{id}'].delete.responses['409']['$ref']")
                        .value("#/components/responses/Conflict"))
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}'].get.responses['403']['$ref']")
                        .value("#/components/responses/Forbidden"))
                .andExpect(jsonPath("$.components.responses.NotFound.content['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/ProblemDetail"))
                .andExpect(jsonPath("$.components.schemas.PersonForm.properties.position.description").exists())
                .andExpect(jsonPath("$.components.schemas.Account.properties", not(hasKey("passwordHash"))));
    }

    /** 个性化办公 (issue 12): mail, contacts, calendar, presence and messages are in the one description, in Chinese. */
    @Test
    void describesThePersonalOfficeApis() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/mail'].get.summary").value("列出邮件"))
                .andExpect(jsonPath("$.paths['/api/v1/mail'].post.summary").value("发送邮件"))
                .andExpect(jsonPath("$.paths['/api/v1/mail/{id}/recall'].post.summary").value("撤回"))
                .andExpect(jsonPath("$.paths['/api/v1/contacts/directory'].get.summary").value("查询公用通讯录"))
                .andExpect(jsonPath("$.paths['/api/v1/contacts/mine'].get.summary").value("列出我的联系人"))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/calendar/occurrences")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/presence/absences")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/presence/query")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/messages/conversations")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/messages/presence")));
    }

    /** 会议管理, 领导日程, 接待管理 and 外出情况查询 (issue 13): every resource under /api/v1 with a Chinese summary. */
    @Test
    void describesMeetingsLeaderSchedulesReceptionsAndPresence() throws Exception {
        var result = mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/meetings", "/api/v1/meetings/{id}", "/api/v1/meetings/rooms",
                "/api/v1/meetings/rooms/free", "/api/v1/meetings/occupancy", "/api/v1/meetings/bookings",
                "/api/v1/meetings/{id}/reply", "/api/v1/meetings/sign-in", "/api/v1/meetings/{id}/minutes",
                "/api/v1/meetings/{id}/minutes/publish", "/api/v1/meetings/{id}/decisions",
                "/api/v1/meetings/decisions/{id}/reports", "/api/v1/meetings/statistics",
                "/api/v1/meetings/{id}/notice-document", "/api/v1/leader-schedules/week",
                "/api/v1/leader-schedules/week.pdf", "/api/v1/leader-schedules/week.xlsx",
                "/api/v1/leader-schedules/entries", "/api/v1/leader-schedules/entries/{id}",
                "/api/v1/leader-schedules/settings", "/api/v1/leader-schedules/settings/{leader}",
                "/api/v1/receptions", "/api/v1/receptions/{id}", "/api/v1/receptions/{id}/submit",
                "/api/v1/receptions/statistics", "/api/v1/receptions/export", "/api/v1/receptions/rules",
                "/api/v1/presence/absences", "/api/v1/presence/query"}) {
            result.andExpect(jsonPath("$.paths", hasKey(path)));
        }
        result.andExpect(jsonPath("$.paths['/api/v1/meetings/sign-in'].post.summary").value("会议签到"))
                .andExpect(jsonPath("$.paths['/api/v1/leader-schedules/week.pdf'].get.summary")
                        .value("领导活动安排表 PDF"))
                .andExpect(jsonPath("$.paths['/api/v1/receptions/rules'].put.summary").value("设置本单位接待审批规则"))
                .andExpect(jsonPath("$.paths['/api/v1/presence/query'].get.summary").exists());
    }

    /** 网上论坛 (issue 16): boards, threads, posts, replies, reports and the log, with Chinese summaries. */
    @Test
    void describesTheForum() throws Exception {
        var result = mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/forum/boards", "/api/v1/forum/boards/{id}/threads",
                "/api/v1/forum/threads/{id}", "/api/v1/forum/threads/{id}/posts", "/api/v1/forum/threads/{id}/replies",
                "/api/v1/forum/threads/{id}/lock", "/api/v1/forum/posts/{id}/report", "/api/v1/forum/posts/{id}/hide",
                "/api/v1/forum/reports", "/api/v1/forum/boards/{id}/log", "/api/v1/forum/files/{fileId}"}) {
            result.andExpect(jsonPath("$.paths", hasKey(path)));
        }
        result.andExpect(jsonPath("$.paths['/api/v1/forum/threads/{id}/replies'].post.summary").value("回复"))
                .andExpect(jsonPath("$.paths['/api/v1/forum/posts/{id}/report'].post.summary").value("举报"));
    }

    /** 电子刊物 (issue 16): its resources under /api/v1/journals, each with a Chinese summary. */
    @Test
    void describesJournals() throws Exception {
        var result = mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/journals", "/api/v1/journals/{id}", "/api/v1/journals/{id}/issues",
                "/api/v1/journals/{id}/submissions", "/api/v1/journals/{id}/scores", "/api/v1/journals/issues/{id}",
                "/api/v1/journals/issues/{id}/publish", "/api/v1/journals/issues/{id}/pdf",
                "/api/v1/journals/articles", "/api/v1/journals/articles/mine", "/api/v1/journals/articles/{id}",
                "/api/v1/journals/articles/{id}/resubmit"}) {
            result.andExpect(jsonPath("$.paths", hasKey(path)));
        }
        result.andExpect(jsonPath("$.paths['/api/v1/journals/articles'].post.summary").value("报送信息"))
                .andExpect(jsonPath("$.paths['/api/v1/journals/issues/{id}/publish'].post.summary").value("发布一期"));
    }

    /** 共享文件 (issue 16): the library's folders, grants, uploads with versions and downloads, each with a summary. */
    @Test
    void describesSharedFiles() throws Exception {
        var result = mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/shared-files/folders", "/api/v1/shared-files/folders/{id}",
                "/api/v1/shared-files/folders/{id}/grants", "/api/v1/shared-files/folders/{id}/grants/revoke",
                "/api/v1/shared-files/folders/{id}/files", "/api/v1/shared-files/files/{id}",
                "/api/v1/shared-files/files/{id}/versions",
                "/api/v1/shared-files/files/{id}/versions/{number}/content"}) {
            result.andExpect(jsonPath("$.paths", hasKey(path)));
        }
        result.andExpect(jsonPath("$.paths['/api/v1/shared-files/folders/{id}/files'].post.summary").value("上传文件"));
    }

    /** 规章制度, 政策法规, 常用信息 and 常用软件 (issue 16): every resource under /api/v1 with a Chinese summary. */
    @Test
    void describesRegulationsCommonInformationAndSoftware() throws Exception {
        var result = mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/regulations", "/api/v1/regulations/{id}",
                "/api/v1/regulations/{id}/revisions", "/api/v1/regulations/{id}/repeal",
                "/api/v1/regulations/{id}/files", "/api/v1/regulations/{id}/files/{fileId}", "/api/v1/common-info",
                "/api/v1/common-info/{id}", "/api/v1/software", "/api/v1/software/{id}",
                "/api/v1/software/{id}/versions", "/api/v1/software/{id}/versions/{versionId}/download"}) {
            result.andExpect(jsonPath("$.paths", hasKey(path)));
        }
        result.andExpect(jsonPath("$.paths['/api/v1/regulations/{id}/revisions'].post.summary").value("修订"))
                .andExpect(jsonPath("$.paths['/api/v1/software/{id}/versions'].post.summary").value("上传新版本"))
                .andExpect(jsonPath("$.paths['/api/v1/common-info'].post.summary").value("新建常用信息"));
    }
}
