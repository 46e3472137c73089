package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhengtong.TestUsers;

/**
 * 网上论坛 in the browser with the demo accounts: a clerk of 市财政局 reaches the forum from the 公共信息 menu, opens
 * the city-wide board 政务交流 and posts a thread; a clerk of 市政府办公室 opens it, quotes it and replies, and the
 * reply shows the quoted words in a quote block.
 */
class ForumBrowserTest extends BrowserTest {

    static final String AUTHOR = "czj.d1.clerk1";
    static final String REPLIER = "szfb.clerk";

    @Test
    void aThreadIsPostedAndAnsweredWithAQuote() {
        String title = TestUsers.unique("城市更新项目验收标准");

        signIn(AUTHOR);
        fromMenu("/forum");
        clickUncovered(find(By.xpath("//a[contains(@class,'board-row')][.//strong[normalize-space()='政务交流']]")));
        press(By.id("new-thread"));
        type("title", title);
        typeInEditor("body", "验收时是否需要第三方评估报告？");
        press(By.id("submit-thread"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/forum/threads/\\d+$"));
        String thread = path();
        assertThat(find(By.id("thread-title")).getText()).isEqualTo(title);
        logout();

        signIn(REPLIER);
        open(thread);
        clickUncovered(find(By.cssSelector(".forum-post .quote-post")));
        assertThat(find(By.id("quote-preview")).getText()).contains("第三方评估报告");
        typeInEditor("body", "需要，报告随验收材料一并报送。");
        press(By.id("submit-reply"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#post-"));
        assertThat(find(By.cssSelector(".forum-post:last-of-type .post-quote")).getText()).contains("第三方评估报告");
        assertThat(find(By.cssSelector(".forum-post:last-of-type .post-body")).getText()).contains("随验收材料一并报送");
    }
}
