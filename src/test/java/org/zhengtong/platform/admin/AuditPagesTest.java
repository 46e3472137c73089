package org.zhengtong.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.account.AccountRepository;

/** /admin/audit: searching the log by actor, action and dates, newest first, in words, and verifying the chain. */
@IntegrationTest
class AuditPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory directory;
    @Autowired AccountRepository accounts;
    @Autowired MessageSource messages;

    @Test
    void recordsAreFoundByActorAndActionNewestFirst() throws Exception {
        String actor = TestUsers.unique("actor");
        audit.recordAs(actor, "10.1.2.3", "TEST_FIRST", "document", 7, true, "the first");
        audit.recordAs(actor, "10.1.2.4", "TEST_SECOND", "document", 8, false, "the second");
        audit.recordAs("someone.else", "10.1.2.5", "TEST_FIRST", "document", 9, true, "not this actor");

        List<Element> rows = rows(search(Map.of("actor", actor)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("10.1.2.4", "TEST_SECOND", "公文 8", "失败", "the second");
        assertThat(rows.get(1).text()).contains("10.1.2.3", "TEST_FIRST", "公文 7", "成功", "the first");

        List<Element> firstOnly = rows(search(Map.of("actor", actor, "action", "TEST_FIRST")));
        assertThat(firstOnly).hasSize(1);
        assertThat(firstOnly.get(0).text()).contains("the first");
    }

    @Test
    void actionsAndObjectsAreShownByTheirNames() throws Exception {
        Team team = platform.newTeam();
        String clerkName = directory.person(team.clerk()).orElseThrow().name();
        long clerkAccount = accounts.findByUsername(team.clerk()).orElseThrow().getId();
        String unitName = directory.unit(team.unitId()).orElseThrow().name();
        String actor = TestUsers.unique("named");
        audit.recordAs(actor, null, "LOGIN", "account", team.clerk(), true, null);
        audit.recordAs(actor, null, "ACCOUNT_PASSWORD_CHANGE", "account", clerkAccount, true, null);
        audit.recordAs(actor, null, "ORG_UNIT_UPDATE", "unit", team.unitId(), true, null);
        audit.recordAs(actor, null, "ACCOUNT_CREATE", "account", 999_999_999, true, null);
        audit.recordAs(actor, null, "TEST_UNNAMED", "gadget", 5, true, null);

        List<String> rows = rows(search(Map.of("actor", actor))).stream()
                .map(row -> row.select("td").get(4).text() + " | " + row.select("td").get(5).text()).toList();
        assertThat(rows).containsExactly(
                "TEST_UNNAMED | gadget 5",
                "新建账号 | 账号 999999999",
                "修改单位 | 单位 " + unitName,
                "修改密码 | 账号 " + clerkName,
                "登录 | 账号 " + clerkName);
        assertThat(search(Map.of("actor", actor, "lang", "en"))).contains("Password changed", "account " + clerkName);
    }

    /** Every action the platform records has a name in both languages: a new code without one shows up here. */
    @Test
    void everyRecordedActionHasAName() throws Exception {
        Pattern call = Pattern.compile("audit\\w*\\.(?:success|failure|recordAs)\\(([^;]{0,200})");
        Pattern code = Pattern.compile("\"([A-Z][A-Z0-9_]+|seal(?:\\.[a-z]+)+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher calls = call.matcher(Files.readString(source));
                while (calls.find()) {
                    code.matcher(calls.group(1)).results().map(m -> m.group(1)).forEach(codes::add);
                }
            }
        }
        assertThat(codes).contains("LOGIN", "ACCOUNT_PASSWORD_CHANGE", "seal.sign.pdf");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(codes).allSatisfy(action ->
                    assertThat(messages.getMessage("audit.action." + action, null, null, locale)).as(action).isNotBlank());
        }
    }

    @Test
    void theDateRangeIncludesBothDays() throws Exception {
        String actor = TestUsers.unique("dated");
        audit.recordAs(actor, null, "TEST_DATED", null, null, true, null);
        LocalDate today = LocalDate.now(clock);

        assertThat(rows(search(Map.of("actor", actor, "from", today.toString(), "to", today.toString())))).hasSize(1);
        assertThat(rows(search(Map.of("actor", actor, "from", today.plusDays(1).toString())))).isEmpty();
        assertThat(rows(search(Map.of("actor", actor, "to", today.minusDays(1).toString())))).isEmpty();
    }

    @Test
    void badDatesAreRefused() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "2026-13-45").with(users.as("auditadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期格式不正确")));
        mvc.perform(get("/admin/audit").param("from", "2026-02-01").param("to", "2026-01-01")
                        .with(users.as("auditadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("起始日期不能晚于截止日期")));
    }

    @Test
    void theLogIsPaged() throws Exception {
        String actor = TestUsers.unique("busy");
        for (int i = 1; i <= 51; i++) {
            audit.recordAs(actor, null, "TEST_PAGED", "item", i, true, "item " + i);
        }
        String firstPage = search(Map.of("actor", actor));
        assertThat(rows(firstPage)).hasSize(50);
        assertThat(firstPage).contains("第 1 / 2 页，共 51 条");
        List<Element> secondPage = rows(search(Map.of("actor", actor, "page", "1")));
        assertThat(secondPage).hasSize(1);
        assertThat(secondPage.get(0).text()).contains("item 1");
    }

    @Test
    void verifyingShowsAnIntactChain() throws Exception {
        mvc.perform(get("/admin/audit/verify").with(users.as("auditadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志完整：已校验")))
                .andExpect(content().string(containsString("id=\"audit-records\"")));
        mvc.perform(get("/admin/audit/verify").header("HX-Request", "true").with(users.as("auditadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志完整：已校验")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void verifyingNamesTheFirstAlteredRecord() throws Exception {
        audit.recordAs("tester", null, "TEST_TAMPERED", null, null, true, "original");
        long seq = jdbc.queryForObject("select max(seq) from audit_record", Long.class);
        try {
            jdbc.update("update audit_record set detail = 'forged' where seq = ?", seq);
            mvc.perform(get("/admin/audit/verify").with(users.as("auditadmin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("审计日志被篡改：第 " + seq + " 条记录的内容被修改")));
        } finally {
            jdbc.update("update audit_record set detail = 'original' where seq = ?", seq);
        }
        mvc.perform(get("/admin/audit/verify").with(users.as("auditadmin")))
                .andExpect(content().string(containsString("审计日志完整")));
    }

    @Test
    void theAuditPageSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/admin/audit/verify").param("lang", "en").with(users.as("auditadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit log is intact")));
    }

    private String search(Map<String, String> filter) throws Exception {
        var request = get("/admin/audit").with(users.as("auditadmin"));
        filter.forEach(request::param);
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<Element> rows(String page) {
        return Jsoup.parse(page).select("#audit-records tbody tr").stream()
                .filter(row -> row.select("td").size() > 1)
                .toList();
    }
}
