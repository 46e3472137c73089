package org.zhengtong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.TestUsers;

/**
 * Issue 11: the search module with only what it depends on (platform, workflow) and one owner of its own, the probe:
 * an owner's committed change reaches the index through the event publication registry, the one search finds it for
 * a reader the entry admits, and the owner's own check has the last word.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestUsers.class, ProbeSearchable.class})
class SearchModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ProbeSearchable probes;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    @Test
    void anOwnersRecordIsFoundThroughTheOneSearchAndOnlyWhileTheOwnerAgrees() throws Exception {
        assertThat(context.getBeansOfType(Searchable.class)).as("no business module is started").hasSize(1);
        long id = System.nanoTime();
        String title = TestUsers.unique("模块检索探针");
        probes.put(id, title, 0);
        transactions.executeWithoutResult(tx -> events.publishEvent(new IndexEntryChanged(ProbeSearchable.KIND, id)));
        await().atMost(Duration.ofSeconds(30)).until(() -> probes.loads(id) == 1);

        mvc.perform(get("/api/v1/search").param("q", title).with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].link").value("/probes/" + id));
        // the probe's entries admit the system administrators only
        mvc.perform(get("/api/v1/search").param("q", title).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());

        probes.refuse(id);
        mvc.perform(get("/api/v1/search").param("q", title).with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }
}
