package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * The 发文 journey of the issue through the API alone, each step by the person whose turn it is (HTTP Basic, task
 * ids from their own to-do list): drafted, reviewed, countersigned, signed, numbered, sealed and distributed; the
 * receiving unit's secretary then finds it in their to-do list.
 */
@IntegrationTest
class DocumentApiJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;

    DocumentApiClient api;

    @BeforeEach
    void client() {
        api = new DocumentApiClient(mvc, json, directory);
    }

    @Test
    void requestGoesThroughEveryStepAndArrivesAtTheCityOffice() throws Exception {
        String title = "关于" + TestUsers.unique("追加预算") + "的请示";
        Map<String, Object> form = api.request(title);
        form.put("bodyHtml", "<p>市政府：</p><p onclick=\"steal()\">现将有关情况请示如下。</p><script>alert(1)</script>");
        MvcResult created = api.post("czj.d1.clerk1", "/api/v1/documents", form)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.direction").value("OUTGOING"))
                .andExpect(jsonPath("$.typeLabel").value("请示"))
                .andExpect(jsonPath("$.urgencyLabel").value("加急"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.unit.name").value("市财政局"))
                .andExpect(jsonPath("$.mainRecipients[0].name").value("市政府办公室"))
                .andExpect(jsonPath("$.initiatorName").value(api.name("czj.d1.clerk1")))
                .andExpect(jsonPath("$.bodyHtml").value(containsString("现将有关情况请示如下。")))
                .andExpect(jsonPath("$.bodyHtml").value(not(containsString("script"))))
                .andExpect(jsonPath("$.bodyHtml").value(not(containsString("onclick"))))
                .andExpect(jsonPath("$.bodyVersion").value(1))
                .andExpect(jsonPath("$.currentTask.name").value("拟稿"))
                .andExpect(jsonPath("$.currentTask.activityId").value("draft"))
                .andReturn();
        long id = ((Number) JsonPath.read(DocumentApiClient.body(created), "$.id")).longValue();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/documents/" + id);

        String key = "document:" + id;
        api.get("czj.d1.clerk1", "/api/v1/todo").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].title").value(contains(title)))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].type").value(contains("请示")))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].urgency").value(contains("加急")))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].unitName").value(contains("市财政局")))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].overdue").value(contains(false)))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].deadline").value(hasItem(matchesPattern("\\d{4}-\\d{2}-\\d{2}"))))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].link").value(contains("/documents/" + id)));

        api.send("czj.d1.clerk1", id, "拟稿", Map.of("opinion", "请审核"));
        api.send("czj.d1.chief", id, "部门审核", Map.of("opinion", "同意"));
        api.send("czj.office", id, "办公室核稿", Map.of("opinion", "请会签",
                "countersigners", List.of("czj.d2.chief", "czj.d3.chief"), "signer", "czj.head"));
        api.send("czj.d2.chief", id, "会签", Map.of("opinion", "国库科同意"));
        api.send("czj.d3.chief", id, "会签", Map.of("opinion", "资产管理科同意"));
        String signed = DocumentApiClient.body(api.send("czj.head", id, "领导签发", Map.of("opinion", "同意，印发")));
        assertThat((String) JsonPath.read(signed, "$.signerName")).isEqualTo(api.name("czj.head"));
        assertThat((String) JsonPath.read(signed, "$.issueDate")).isNotBlank();

        String numbered = DocumentApiClient.body(api.send("czj.secretary", id, "编号登记", null));
        String number = JsonPath.read(numbered, "$.documentNumber");
        assertThat(number).matches("财预〔\\d{4}〕[1-9]\\d*号");
        assertThat((Boolean) JsonPath.read(DocumentApiClient.body(api.send("czj.secretary", id, "用印", null)),
                "$.sealed")).isTrue();
        api.send("czj.secretary", id, "分发", Map.of());

        api.get("czj.d1.clerk1", "/api/v1/documents/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINISHED"))
                .andExpect(jsonPath("$.statusLabel").value("已办结"))
                .andExpect(jsonPath("$.documentNumber").value(number))
                .andExpect(jsonPath("$.currentTask").value(nullValue()))
                .andExpect(jsonPath("$.currentSteps").isEmpty())
                .andExpect(jsonPath("$.timeline[*].name").value(hasItems("发起", "拟稿", "部门审核", "办公室核稿", "会签",
                        "领导签发", "编号登记", "用印", "分发", "办结")))
                .andExpect(jsonPath("$.timeline[*].remarks[*].text").value(hasItems("请审核", "同意", "请会签", "国库科同意",
                        "资产管理科同意", "同意，印发")));
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '领导签发')].handlerName").value(contains(api.name("czj.head"))))
                .andExpect(jsonPath("$[?(@.name == '领导签发')].remarks[0].typeLabel").value(contains("意见")))
                .andExpect(jsonPath("$[?(@.name == '会签')].handler").value(hasItems("czj.d2.chief", "czj.d3.chief")));

        // delivered: 市政府办公室's secretary has it to sign for, with the number and the sending unit
        String inbox = DocumentApiClient.body(api.get("szfb.secretary", "/api/v1/todo").andExpect(status().isOk())
                .andReturn());
        List<String> keys = JsonPath.read(inbox, "$[?(@.title == '" + title + "')].businessKey");
        assertThat(keys).hasSize(1).first().asString().startsWith("document:").isNotEqualTo(key);
        assertThat(JsonPath.<List<String>>read(inbox, "$[?(@.title == '" + title + "')].step")).containsExactly("签收");
        assertThat(JsonPath.<List<String>>read(inbox, "$[?(@.title == '" + title + "')].number")).containsExactly(number);
        assertThat(JsonPath.<List<String>>read(inbox, "$[?(@.title == '" + title + "')].unitName")).containsExactly("市财政局");
        long incoming = Long.parseLong(keys.get(0).substring("document:".length()));
        api.get("szfb.secretary", "/api/v1/documents/" + incoming).andExpect(status().isOk())
                .andExpect(jsonPath("$.direction").value("INCOMING"))
                .andExpect(jsonPath("$.sourceUnitName").value("市财政局"))
                .andExpect(jsonPath("$.documentNumber").value(number))
                .andExpect(jsonPath("$.currentTask.name").value("签收"));
        api.send("szfb.secretary", incoming, "签收", Map.of("opinion", "已签收"));
        String registered = DocumentApiClient.body(api.send("szfb.secretary", incoming, "登记", null));
        assertThat((String) JsonPath.read(registered, "$.registrationNumber")).matches("收〔\\d{4}〕[1-9]\\d*号");

        // the drafter's 已办 and 我发起的
        api.get("czj.d1.clerk1", "/api/v1/todo/done").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].step").value(contains("拟稿")))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].ended").value(hasItem(endsWith("Z"))));
        api.get("czj.d1.clerk1", "/api/v1/todo/started").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].title").value(contains(title)))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].ended").value(hasItem(endsWith("Z"))));
        api.get("czj.d1.clerk1", "/api/v1/todo").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')]").isEmpty());
    }
}
