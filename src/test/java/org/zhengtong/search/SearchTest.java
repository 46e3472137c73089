package org.zhengtong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 综合检索: one search over every module's records, for the current user. The index narrows to entries whose readers
 * and 密级 admit the user and the owning module confirms each hit; a task that reaches someone makes the document
 * findable for them.
 */
@IntegrationTest
class SearchTest {

    @Autowired Search search;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired ProbeSearchable probes;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired AsUser as;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    DocumentFixtures documents;

    @BeforeEach
    void fixtures() {
        documents = new DocumentFixtures(documentService, directory, accounts);
    }

    /** A department of its own, so the open step it leaves behind is in no demo person's to-do window. */
    @Test
    void aDocumentIsFoundByThoseItReachesAndByNobodyElse() {
        Team team = platform.newTeam();
        OfficialDocument draft = documents.draft(team.clerk(), "关于供水价格听证的请示",
                "<p>关于居民阶梯水价听证会的安排，请审核。</p>");
        long id = draft.getId();

        Search.Found mine = found(team.clerk(), "阶梯水价").stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the drafter finds her draft"));
        assertThat(mine.kind()).isEqualTo("document");
        assertThat(mine.title()).isEqualTo(draft.getTitle());
        assertThat(mine.link()).isEqualTo("/documents/" + id);
        assertThat(mine.snippet()).contains("<mark>");
        assertThat(ids("czj.office", "阶梯水价")).as("the unit's administrator").contains(id);
        assertThat(ids(team.chief(), "阶梯水价")).as("the chief, before it reaches him").doesNotContain(id);
        assertThat(ids(team.clerk2(), "阶梯水价")).as("same department, not involved").doesNotContain(id);
        assertThat(ids("szfb.d1.clerk1", "阶梯水价")).as("another unit").doesNotContain(id);

        documents.sendOn(team.clerk(), id, StepDecision.opinion("请审核"));
        assertThat(ids(team.chief(), "阶梯水价")).as("the chief, once his 部门审核 is open").contains(id);
        assertThat(ids(team.clerk2(), "阶梯水价")).as("still nobody else").doesNotContain(id);
    }

    @Test
    void aHitTheOwnerRefusesIsLeftOutAndTheKindNarrowsTheSearch() {
        long id = System.nanoTime();
        String title = TestUsers.unique("探针综合检索");
        probes.put(id, title, 0);
        transactions.executeWithoutResult(tx -> events.publishEvent(new IndexEntryChanged(ProbeSearchable.KIND, id)));

        assertThat(ids("sysadmin", title)).contains(id);
        assertThat(as.call("sysadmin", () -> search.search(title, ProbeSearchable.KIND, Map.of(), 0)).items())
                .extracting(Search.Found::link).containsExactly("/probes/" + id);
        assertThat(as.call("sysadmin", () -> search.search(title, "document", Map.of(), 0)).items()).isEmpty();
        assertThat(as.call("sysadmin", () -> search.search(title, "no-such-kind", Map.of(), 0)).items()).isEmpty();

        probes.refuse(id);
        assertThat(ids("sysadmin", title)).as("the owner's own check decides").doesNotContain(id);
    }

    @Test
    void thePageAndTheApiSpeakChineseAndRefuseBadInput() throws Exception {
        OfficialDocument draft = documents.draft("czj.d1.clerk1", "关于路灯节能改造的请示", "<p>路灯节能改造方案</p>");
        mvc.perform(get("/search").param("q", "路灯节能").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("综合检索")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "href=\"/documents/" + draft.getId() + "\"")));
        mvc.perform(get("/search").param("q", "路灯节能").with(users.as("szfb.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "href=\"/documents/" + draft.getId() + "\""))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有找到您可以查看的内容")));
        mvc.perform(get("/api/v1/search").param("q", "路灯节能").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].kind").value("document"))
                .andExpect(jsonPath("$.items[0].link").value("/documents/" + draft.getId()));
        mvc.perform(get("/api/v1/search").param("q", "路".repeat(201)).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/search").param("q", "路灯").param("after", "-1").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isBadRequest());
        // query syntax is words: a field name or a wildcard widens nothing
        mvc.perform(get("/api/v1/search").param("q", "kind:* OR reader:*").with(users.as("szfb.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
    }

    /**
     * The default 同义词 find the full name for the short one; latin letters find the names they are the pinyin of;
     * unit and period narrow the hits, and a period ending before it starts is refused in Chinese.
     */
    @Test
    void synonymsAndPinyinWidenTheWordsUnitAndPeriodNarrowThem() throws Exception {
        String head = directory.person("czj.head").orElseThrow().name();
        OfficialDocument draft = documents.draft("czj.d1.clerk1", "关于发展和改革委员会下达专项资金的请示",
                "<p>经" + head + "同意，拟申请专项资金。</p>");
        long id = draft.getId();
        long czj = directory.person("czj.d1.clerk1").orElseThrow().unitId();
        long szfb = directory.person("szfb.d1.clerk1").orElseThrow().unitId();

        assertThat(ids("czj.d1.clerk1", "发改委 专项经费")).as("two default synonym groups").contains(id);
        assertThat(ids("czj.d1.clerk1", initials(head))).as("the head's name by its initials").contains(id);
        assertThat(ids("czj.d1.clerk1", "发改委 " + initials(head) + "x")).as("no such name").doesNotContain(id);

        LocalDate day = found("czj.d1.clerk1", "发改委").stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow().date();
        assertThat(criteria("发改委", czj, day, day)).contains(id);
        assertThat(criteria("发改委", szfb, null, null)).as("another unit's records only").doesNotContain(id);
        assertThat(criteria("发改委", null, day.plusDays(1), null)).as("dated before the period").doesNotContain(id);
        assertThat(criteria("发改委", null, null, day.minusDays(1))).as("dated after the period").doesNotContain(id);

        mvc.perform(get("/search").param("q", "发改委").param("unit", String.valueOf(czj))
                        .param("from", day.toString()).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/documents/" + id + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("市财政局")));
        mvc.perform(get("/search").param("q", "发改委").param("from", day.toString())
                        .param("to", day.minusDays(1).toString()).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("起始日期不能晚于截止日期")));
        mvc.perform(get("/api/v1/search").param("q", "发改委").param("from", day.toString())
                        .param("to", day.minusDays(1).toString()).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("起始日期不能晚于截止日期")));
        mvc.perform(get("/api/v1/search").param("q", "发改委").param("from", "2026-13-01")
                .with(users.as("czj.d1.clerk1"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/search").param("q", "发改委").param("unit", String.valueOf(czj))
                        .with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == " + id + ")].unit").value("市财政局"));
    }

    private List<Long> criteria(String words, Long unitId, LocalDate from, LocalDate to) {
        return as.call("czj.d1.clerk1", () -> search.search(new Search.Criteria(words, null, unitId, from, to,
                Map.of()), 0)).items().stream().map(Search.Found::id).toList();
    }

    /** The first letters of a Chinese name's pinyin, as someone types them. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] readings = net.sourceforge.pinyin4j.PinyinHelper.toHanyuPinyinStringArray(c);
            initials.append(readings == null ? c : readings[0].charAt(0));
        }
        return initials.toString();
    }

    private List<Long> ids(String username, String words) {
        return found(username, words).stream().map(Search.Found::id).toList();
    }

    /** What the user gets for the words on every page. */
    private List<Search.Found> found(String username, String words) {
        List<Search.Found> found = new ArrayList<>();
        int after = 0;
        while (after >= 0) {
            int from = after;
            Search.Page page = as.call(username, () -> search.search(words, null, Map.of(), from));
            found.addAll(page.items());
            after = page.next();
        }
        return found;
    }
}
