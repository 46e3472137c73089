package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.TestUsers;

/**
 * 领导信箱 in the browser with the demo accounts: a clerk of 市财政局's 预算科 writes to the 局长 from the 公共信息
 * menu; the 局长 opens it from his 领导来信 and answers; the clerk finds the answer under 我的来信.
 */
class LeaderMailboxBrowserTest extends BrowserTest {

    static final String WRITER = "czj.d1.clerk1";
    static final String LEADER = "czj.head";

    @Test
    void aLetterIsWrittenAnsweredAndTheAnswerRead() {
        String subject = TestUsers.unique("关于预算科配备碎纸机的建议");

        signIn(WRITER);
        fromMenu("/leader-mailbox");
        press(By.id("write-letter"));
        new Select(find(By.id("leader"))).selectByValue(LEADER);
        type("subject", subject);
        type("body", "科室涉密废纸较多，建议配备一台碎纸机。");
        press(By.id("send-letter"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/leader-mailbox/\\d+$"));
        String letter = path();
        assertThat(find(By.id("letter-status")).getText()).isEqualTo("待答复");
        logout();

        signIn(LEADER);
        fromMenu("/leader-mailbox");
        clickUncovered(find(By.xpath("//section[@id='inbox']//a[normalize-space()='" + subject + "']")));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + letter + "$"));
        assertThat(find(By.id("letter-body")).getText()).contains("建议配备一台碎纸机");
        type("answer-text", "同意，请办公室本月内采购。");
        press(By.id("send-answer"));
        assertThat(find(By.id("letter-status")).getText()).isEqualTo("已答复");
        logout();

        signIn(WRITER);
        fromMenu("/leader-mailbox");
        clickUncovered(find(By.xpath("//section[@id='mine']//a[normalize-space()='" + subject + "']")));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + letter + "$"));
        assertThat(find(By.id("letter-answer")).getText()).isEqualTo("同意，请办公室本月内采购。");
    }
}
