package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** 文号预留: administrators hold a number back with a reason and give it free again; nobody else may. */
@IntegrationTest
class DocumentNumbersPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    DocumentPages pages;

    @BeforeEach
    void pages() {
        pages = new DocumentPages(mvc, users, accounts, workflow, directory, documents);
    }

    @Test
    void unitAdministratorReservesAndReleasesANumberOfTheirUnit() throws Exception {
        String reason = TestUsers.unique("纸质发文预留");
        String flashMessage = (String) pages.post("czj.office", "/documents/numbers", "issuerCode", "财办", "reason", reason)
                .andExpect(redirectedUrl("/documents/numbers"))
                .andExpect(flash().attribute("flashMessage", startsWith("已预留文号 财办〔")))
                .andReturn().getFlashMap().get("flashMessage");
        String number = flashMessage.substring("已预留文号 ".length(), flashMessage.length() - 1);

        String list = list("czj.office");
        assertThat(list).contains(number, reason, "已预留", "<option value=\"财预\">", "<option value=\"财办\">")
                .doesNotContain("<option value=\"市政发\">");
        long reservationId = idOf(list, number);

        pages.post("czj.office", "/documents/numbers/" + reservationId + "/release", "reason", "")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("请填写原因")));
        pages.post("czj.office", "/documents/numbers/" + reservationId + "/release", "reason", "纸质文件作废")
                .andExpect(redirectedUrl("/documents/numbers"));
        assertThat(list("czj.office")).contains("已释放", "纸质文件作废");
        pages.post("czj.office", "/documents/numbers/" + reservationId + "/release", "reason", "再次释放")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("不在预留状态")));
    }

    @Test
    void reservationNeedsAReasonAndAnIssuerCodeOfTheAdministratorsUnit() throws Exception {
        pages.post("czj.office", "/documents/numbers", "issuerCode", "财办", "reason", " ")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("请填写原因")));
        pages.post("czj.office", "/documents/numbers", "issuerCode", "市政发", "reason", "越权预留")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("不属于本单位")));
        assertThat(list("czj.office")).doesNotContain("越权预留");
        assertThat(list("szfb.office")).doesNotContain("财办〔");
    }

    @Test
    void processAdministratorManagesEveryUnitsNumbersAndOthersNone() throws Exception {
        assertThat(list("sysadmin")).contains("<option value=\"财预\">", "<option value=\"市政发\">");
        pages.get("czj.d1.clerk1", "/documents/numbers").andExpect(status().isForbidden());
        pages.post("czj.d1.clerk1", "/documents/numbers", "issuerCode", "财预", "reason", "想要一个号")
                .andExpect(status().isForbidden());
        assertThat(list("czj.office")).doesNotContain("想要一个号");
    }

    @Test
    void aReservationsTimeIsShownInTheConfiguredZoneNotTheServers() throws Exception {
        String reason = TestUsers.unique("时区");
        pages.post("czj.office", "/documents/numbers", "issuerCode", "财办", "reason", reason)
                .andExpect(redirectedUrl("/documents/numbers"));
        Instant reservedAt = jdbc.queryForObject("select reserved_at from doc_number_reservation where reason = ?",
                OffsetDateTime.class, reason).toInstant();

        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(list("czj.office"))
                .contains(minutes.withZone(ZoneId.of("Asia/Shanghai")).format(reservedAt))
                .doesNotContain(minutes.withZone(ZoneOffset.UTC).format(reservedAt));
    }

    private String list(String username) throws Exception {
        return pages.get(username, "/documents/numbers").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The id in the release form of the row showing the number. */
    private static long idOf(String list, String number) {
        Matcher row = Pattern.compile(Pattern.quote(number) + "</td>.*?/documents/numbers/(\\d+)/release", Pattern.DOTALL)
                .matcher(list);
        assertThat(row.find()).as("row of %s", number).isTrue();
        return Long.parseLong(row.group(1));
    }
}
