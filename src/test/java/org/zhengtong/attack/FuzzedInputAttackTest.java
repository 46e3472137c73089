package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;

/**
 * Requests from the fuzzing run that answered 500, and more of their kind: a value of the wrong type, a missing or
 * empty parameter, text longer than its column, a paging offset at the end of the int range. Each is refused with a
 * 4xx and a Chinese message that says what was wrong, on a page and in the API alike.
 */
@IntegrationTest
class FuzzedInputAttackTest {

    private static final String DOCUMENT = "{document}";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;

    /** One hostile request: {@code {document}} in the path stands for a running document its drafter may urge. */
    record Fuzz(String what, String username, HttpMethod method, String path, List<String> parameters,
                String message) {

        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Fuzz> refusedRequests() {
        return Stream.of(
                new Fuzz("非数字的单位编号", "czj.office", HttpMethod.POST, "/admin/applications",
                        List.of("unitId", "abc", "applicantName", "张三", "position", "CLERK", "reason", "新入职",
                                "requestedUsername", "czj.fuzz"), "单位编号格式不正确"),
                new Fuzz("翻页位置超出范围", "czj.d1.clerk1", HttpMethod.GET, "/api/v1/documents/search",
                        List.of("q", "a", "after", "2147483647"), "after: 取值须在 0 至 100000 之间"),
                new Fuzz("空的公文编号", "czj.secretary", HttpMethod.POST, "/archive/candidates",
                        List.of("documentId", ""), "请至少选择一份文件"),
                new Fuzz("十万字的催办留言", "czj.d1.clerk1", HttpMethod.POST, "/documents/" + DOCUMENT + "/urge",
                        List.of("message", "催".repeat(100_000)), "最多 200 个字符"),
                new Fuzz("超过 200 字的预留理由", "czj.office", HttpMethod.POST, "/documents/numbers",
                        List.of("issuerCode", "财办", "reason", "因".repeat(201)), "最多 200 个字符"),
                new Fuzz("页面参数类型不符", "czj.secretary", HttpMethod.GET, "/archive", List.of("year", "二〇二六"), "参数“year”的值“二〇二六”格式不正确"),
                new Fuzz("页面路径类型不符", "czj.secretary", HttpMethod.GET, "/archive/items/abc", List.of(), "“abc”格式不正确"),
                new Fuzz("页面缺少必填参数", "czj.secretary", HttpMethod.GET, "/archive/catalogue.pdf", List.of(),
                        "缺少参数“year”"),
                new Fuzz("接口参数类型不符", "czj.d1.clerk1", HttpMethod.GET, "/api/v1/documents/search",
                        List.of("q", "a", "after", "x"), "参数“after”的值“x”格式不正确"),
                new Fuzz("接口缺少必填参数", "czj.d1.clerk1", HttpMethod.GET, "/api/v1/documents/search", List.of(),
                        "缺少参数“q”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void refusedWithA4xxAndAChineseMessage(Fuzz fuzz) throws Exception {
        String path = fuzz.path().replace(DOCUMENT, fuzz.path().contains(DOCUMENT) ? runningDocument() : "");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(fuzz.method(), path);
        for (int i = 0; i < fuzz.parameters().size(); i += 2) {
            request.param(fuzz.parameters().get(i), fuzz.parameters().get(i + 1));
        }
        MockHttpServletResponse response = mvc.perform(request.with(users.as(fuzz.username())).with(csrf()))
                .andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isBetween(400, 499);
        assertThat(body).contains(fuzz.message());
    }

    @Test
    void anInvalidLanguageIsIgnored() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").param("lang", "1.5").with(users.as("czj.d1.clerk1")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("待办");
    }

    /** A document at 部门审核 that its drafter {@code czj.d1.clerk1} may urge. */
    private String runningDocument() {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, accounts);
        long id = fixtures.draft("czj.d1.clerk1", Urgency.NORMAL, "催办").getId();
        fixtures.sendOn("czj.d1.clerk1", id, StepDecision.opinion("请审核"));
        return String.valueOf(id);
    }
}
