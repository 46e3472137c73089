package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.TestUsers;

/**
 * 大事记 in the browser with the demo accounts: a clerk of 市财政局 reaches 大事记 from the 公共信息 menu and submits
 * an entry; the office director approves it from his to-do window and publishes the year; the clerk finds it in the
 * year view under its month.
 */
class ChronicleBrowserTest extends BrowserTest {

    static final String CLERK = "czj.d1.clerk1";
    static final String OFFICE = "czj.office";

    @Test
    void aClerkSubmitsTheOfficeApprovesAndPublishesAndTheEntryIsInTheYear() {
        String title = TestUsers.unique("城市更新专项资金绩效评价启动");

        signIn(CLERK);
        fromMenu("/chronicles");
        press(By.id("new-entry"));
        new Select(find(By.id("category"))).selectByVisibleText("重要工作");
        type("title", title);
        typeInEditor("content", "对首批城市更新专项资金开展绩效评价。");
        press(By.id("submit-entry"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/chronicles/\\d+$"));
        String entry = path();
        assertThat(find(By.id("entry-status")).getText()).isEqualTo("审核中");
        String year = find(By.id("entry-date")).getText().substring(0, 4);
        logout();

        signIn(OFFICE);
        openFromTodo(title, "办公室审核");
        sendOn("同意");
        assertThat(find(By.id("entry-status")).getText()).isEqualTo("已审核待发布");
        open("/chronicles/manage?year=" + year);
        press(By.id("publish-year"));
        assertThat(find(By.cssSelector(".alert-success")).getText()).contains("已发布");
        logout();

        signIn(CLERK);
        open("/chronicles?year=" + year);
        assertThat(find(By.xpath("//section[contains(@class,'chronicle-month')][.//a[normalize-space()='" + title
                + "']]/h2")).getText()).endsWith("月");
        clickUncovered(find(By.xpath("//a[normalize-space()='" + title + "']")));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + entry + "$"));
        assertThat(find(By.id("entry-status")).getText()).isEqualTo("已发布");
        assertThat(find(By.id("entry-content")).getText()).contains("绩效评价");
    }
}
