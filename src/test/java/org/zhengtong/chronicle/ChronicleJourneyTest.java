package org.zhengtong.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.search.Search;
import org.zhengtong.AsUser;
import org.zhengtong.workflow.Workflow;

/**
 * A department's clerk of 市财政局 submits two entries; the office returns one with a reason, she corrects and
 * resubmits it, the office approves both, publishes the year, and the unit's year view shows them in date order under
 * their month; 综合检索 finds the published entry for a colleague. Before publishing, a colleague gets 403; the city
 * office takes one into the city's chronicle, which another unit then reads. A refusal needs a reason and ends the
 * review unpublished.
 */
@IntegrationTest
class ChronicleJourneyTest {

    static final String OFFICE = "czj.office";
    static final String CITY_OFFICE = "szfb.office";
    static final String OTHER_UNIT = "jyj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired Clock clock;
    @Autowired Search search;
    @Autowired AsUser asUser;
    @Autowired List<org.zhengtong.archive.Archivable> archivables;

    @Test
    void submitReturnResubmitApprovePublishAndReadTheYear() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        LocalDate today = LocalDate.now(clock);
        LocalDate early = today.withDayOfYear(1);
        String later = TestUsers.unique("城市更新专项资金拨付到位");
        String first = TestUsers.unique("召开城市更新工作专题会");

        long laterId = id(submit(team.clerk(), today, later, "<p>专项资金<script>alert(1)</script>已拨付</p>")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REVIEW"))
                .andExpect(jsonPath("$.content").value("<p>专项资金已拨付</p>")));
        long firstId = id(submit(team.clerk(), early, first, "<p>研究城市更新项目</p>")
                .andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/chronicles/{id}", laterId).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());

        // the office returns it with a reason; the clerk corrects it and submits it again
        String review = task(OFFICE, laterId);
        postJson("/api/v1/tasks/{taskId}/return", OFFICE, "{\"target\": \"draft\", \"opinion\": \" \"}", review)
                .andExpect(status().isBadRequest());
        postJson("/api/v1/tasks/{taskId}/return", OFFICE,
                "{\"target\": \"draft\", \"opinion\": \"请写明资金规模\"}", review).andExpect(status().isOk());
        mvc.perform(get("/api/v1/chronicles/{id}", laterId).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("RETURNED")).andExpect(jsonPath("$.editable").value(true));
        assertThat(workflow.trail(processOf(laterId)).stream().flatMap(s -> s.opinions().stream()))
                .anyMatch(o -> o.contains("请写明资金规模"));
        mvc.perform(put("/api/v1/chronicles/{id}", laterId).with(users.as(team.clerk2())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(today, "冒改", "x")))
                .andExpect(status().isForbidden());
        postJson("/api/v1/chronicles/{id}/resubmit", team.clerk(), body(today, later,
                "<p>首批城市更新专项资金2.6亿元已拨付</p>"), laterId).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEW"));
        postJson("/api/v1/chronicles/{id}/resubmit", team.clerk(), body(today, later, "again"), laterId)
                .andExpect(status().isConflict());

        // approved: waiting for the year's publishing, still not for the colleague
        for (long id : new long[] {laterId, firstId}) {
            postJson("/api/v1/tasks/{taskId}/send", OFFICE, "{\"opinion\": \"同意\"}", task(OFFICE, id))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/chronicles/{id}", laterId).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/chronicles/{id}", laterId).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/chronicles/manage").param("year", "" + today.getYear()).with(users.as(OFFICE)))
                .andExpect(jsonPath("$[?(@.id == %d)].status".formatted(laterId)).value(Matchers.contains("APPROVED")));

        mvc.perform(post("/api/v1/chronicles/publish").param("year", "" + today.getYear())
                .with(users.as(OFFICE)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(post("/api/v1/chronicles/publish").param("year", "" + today.getYear())
                .with(users.as(OFFICE)).with(csrf())).andExpect(status().isConflict());

        // the published year is offered to the archive, kept 永久, with its entries as text and printed
        org.zhengtong.archive.Archivable years = archivables.stream().filter(a -> a.kind().equals("chronicle-year"))
                .findFirst().orElseThrow();
        org.zhengtong.archive.ReadyForArchive offer = years.offers(0, 1000).stream()
                .filter(o -> o.unitId() == team.unitId() && o.title().equals("市财政局大事记（%d年）"
                        .formatted(today.getYear()))).findFirst().orElseThrow();
        org.zhengtong.archive.ArchivalRecord record = years.finished(offer.id()).orElseThrow();
        assertThat(record.suggestedRetention()).isEqualTo(org.zhengtong.archive.Retention.PERMANENT);
        assertThat(record.bodyText()).contains(first, later);
        assertThat(ChronicleExportTest.pdfText(record.processingForm().pdf())).contains(later);

        String year = mvc.perform(get("/api/v1/chronicles").param("year", "" + today.getYear())
                        .with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> titles = JsonPath.read(year, "$.months[*].entries[*].title");
        assertThat(titles).contains(first, later);
        assertThat(titles.indexOf(first)).isLessThan(titles.indexOf(later));
        List<Integer> months = JsonPath.read(year, "$.months[*].month");
        assertThat(months).isSorted().contains(early.getMonthValue(), today.getMonthValue());

        // search finds it for the colleague, not for another unit before the city takes it in
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(found(team.clerk2(), later))
                .contains(laterId));
        assertThat(found(OTHER_UNIT, later)).doesNotContain(laterId);
        mvc.perform(get("/api/v1/chronicles/{id}", laterId).with(users.as(OTHER_UNIT)))
                .andExpect(status().isForbidden());

        // the city office takes it into the city's chronicle: everyone reads it
        mvc.perform(get("/api/v1/chronicles/city/collectable").param("year", "" + today.getYear())
                        .with(users.as(CITY_OFFICE)))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(laterId)).isNotEmpty());
        mvc.perform(post("/api/v1/chronicles/{id}/city", laterId).with(users.as(CITY_OFFICE)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cityIncluded").value(true));
        mvc.perform(get("/api/v1/chronicles/city").param("year", "" + today.getYear()).with(users.as(OTHER_UNIT)))
                .andExpect(jsonPath("$.months[*].entries[?(@.id == %d)]".formatted(laterId)).isNotEmpty())
                .andExpect(jsonPath("$.months[*].entries[?(@.id == %d)]".formatted(firstId)).isEmpty());
        mvc.perform(get("/api/v1/chronicles/{id}", laterId).with(users.as(OTHER_UNIT))).andExpect(status().isOk());

        // 不同意 needs a reason and ends the review unpublished
        long refused = id(submit(team.clerk(), today, TestUsers.unique("不宜记载的事项"), "<p>x</p>")
                .andExpect(status().isCreated()));
        String refusal = task(OFFICE, refused);
        postJson("/api/v1/tasks/{taskId}/refuse", OFFICE, "{\"reason\": \" \"}", refusal)
                .andExpect(status().isBadRequest());
        postJson("/api/v1/tasks/{taskId}/refuse", OFFICE, "{\"reason\": \"不属于大事记范围\"}", refusal)
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/chronicles/{id}", refused).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("REFUSED"));
    }

    private List<Long> found(String user, String words) {
        return asUser.call(user, () -> search.search(words, "chronicle", Map.of(), 0).items().stream()
                .map(Search.Found::id).toList());
    }

    private String task(String user, long id) {
        return workflow.todo(user).stream().filter(t -> t.businessKey().equals("chronicle:" + id)).findFirst()
                .orElseThrow().taskId();
    }

    private String processOf(long id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/chronicles/{id}", id).with(users.as(OFFICE))).andReturn()
                .getResponse().getContentAsString(), "$.processInstanceId");
    }

    ResultActions submit(String user, LocalDate date, String title, String content) throws Exception {
        return postJson("/api/v1/chronicles", user, body(date, title, content));
    }

    static String body(LocalDate date, String title, String content) {
        return """
                {"eventDate": "%s", "title": "%s", "content": "%s", "category": "WORK"}"""
                .formatted(date, title, content);
    }

    ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
