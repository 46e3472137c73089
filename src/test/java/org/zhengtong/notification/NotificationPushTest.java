package org.zhengtong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * 提醒 pushed at once: a notification reaches the recipient's open pages over server-sent events once it is
 * committed — not another person's pages, and nothing from a transaction that rolled back.
 */
@IntegrationTest
class NotificationPushTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;

    @Test
    void aCommittedNotificationReachesTheRecipientsOpenPagesOnly() throws Exception {
        MvcResult clerk = open("czj.d1.clerk1");
        MvcResult colleague = open("czj.d1.clerk2");
        String rolledBack = TestUsers.unique("撤销的提醒");
        String committed = TestUsers.unique("会议提醒");

        transactions.executeWithoutResult(tx -> {
            notifications.send(ReminderKind.MESSAGE, "czj.d1.clerk1", rolledBack, "不应送达", "/todo");
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> notifications.send(ReminderKind.MESSAGE, "czj.d1.clerk1", committed, "15分钟后开会", "/todo"));

        await().atMost(Duration.ofSeconds(10)).until(() -> stream(clerk).contains(committed));
        assertThat(stream(clerk)).contains("event:notification", "15分钟后开会", "\"link\":\"/todo\"")
                .doesNotContain(rolledBack);
        assertThat(stream(colleague)).doesNotContain(committed);
    }

    private MvcResult open(String username) throws Exception {
        return mvc.perform(get("/notifications/stream").with(users.as(username)))
                .andExpect(request().asyncStarted()).andReturn();
    }

    private static String stream(MvcResult page) throws Exception {
        return page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
