package org.zhengtong.platform.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;

/**
 * Keys of creating requests are kept for the retention (a day by default) and then forgotten by the cleanup job: a
 * retry within the retention answers with the first 公文, one after the cleanup drafts anew, and keys younger than
 * the retention survive the job.
 */
@IntegrationTest
class IdempotencyKeyCleanupTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired IdempotencyKeyCleanup cleanup;
    @Value("${zhengtong.idempotency.retention}") Duration retention;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void keysOlderThanTheRetentionAreForgottenAndYoungerOnesKept() throws Exception {
        assertThat(retention).as("the documented default").isEqualTo(Duration.ofDays(1));
        String old = UUID.randomUUID().toString();
        String young = UUID.randomUUID().toString();
        String title = "关于" + TestUsers.unique("编号保留") + "的请示";
        long first = draft(title, old);
        clock.advance(retention.minusHours(1));
        long second = draft(title, young);
        assertThat(draft(title, old)).as("a retry within the retention").isEqualTo(first);

        clock.advance(Duration.ofHours(2));
        cleanup.deleteExpired();

        assertThat(claims(old)).isZero();
        assertThat(claims(young)).isEqualTo(1);
        assertThat(draft(title, young)).as("a key younger than the retention still answers").isEqualTo(second);
        assertThat(draft(title, old)).as("a forgotten key drafts anew").isNotIn(first, second);
        assertThat(jdbc.queryForObject("select count(*) from doc_document where title = ?", Long.class, title))
                .isEqualTo(3);
    }

    private long draft(String title, String key) throws Exception {
        long szfb = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        String created = mvc.perform(post("/api/v1/documents").with(httpBasic("czj.d1.clerk1", "Demo@2026"))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"REQUEST","title":"%s","classification":"UNCLASSIFIED","urgency":"NORMAL",
                                 "mainRecipients":[%d],"issuerCode":"财预","bodyHtml":"<p>正文</p>"}"""
                                .formatted(title, szfb)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private long claims(String key) {
        return jdbc.queryForObject("select count(*) from sys_idempotency_key where request_key = ?", Long.class, key);
    }
}
