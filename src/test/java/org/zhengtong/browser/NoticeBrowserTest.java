package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.TestUsers;

/**
 * 电子公告 in the browser with the demo accounts: 市政府办公室's clerk writes a city-wide notice in 通知公告; the office
 * director reviews it from his to-do window and publishes it; a clerk of 市教育局 finds it on her 工作台 marked
 * 【未读】, opens it, finds it again through the search box, and the publisher's count of readers has risen by one.
 */
class NoticeBrowserTest extends BrowserTest {

    static final String PUBLISHER = "szfb.clerk";
    static final String REVIEWER = "szfb.office";
    static final String READER = "jyj.d2.clerk1";

    @Test
    void aNoticeIsReviewedPublishedAndReadFromTheWorkbench() {
        String title = TestUsers.unique("关于报送年度工作总结的通知");

        signIn(PUBLISHER);
        open("/notices/new");
        new Select(find(By.id("columnId"))).selectByVisibleText("通知公告");
        type("title", title);
        typeInEditor("body", "请各单位于月底前报送年度工作总结。");
        press(By.id("submit-notice"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/notices/\\d+$"));
        String notice = path();
        assertThat(find(By.id("notice-status")).getText()).isEqualTo("审核中");
        logout();

        signIn(REVIEWER);
        openFromTodo(title, "审核发布");
        sendOn("同意发布");
        assertThat(find(By.id("notice-status")).getText()).isEqualTo("已发布");
        int readers = Integer.parseInt(find(By.id("reader-count")).getText());
        logout();

        signIn(READER);
        open("/");
        clickUncovered(find(By.xpath("//a[contains(@href,'" + notice + "')][.//span[normalize-space()='【未读】"
                + title + "']]")));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + notice + "$"));
        assertThat(find(By.id("notice-body")).getText()).contains("请各单位于月底前报送年度工作总结。");
        open("/");
        assertThat(now(browser, By.xpath("//span[normalize-space()='【未读】" + title + "']"))).isEmpty();
        // and finds it again with the search box of the navigation bar, among 电子公告
        WebElement searchBox = find(By.cssSelector("#zt-search input[name=q]"));
        searchBox.sendKeys(title, Keys.ENTER);
        WebElement hit = find(By.xpath("//ol[@id='search-results']/li[.//a[@href='" + notice + "']]"));
        assertThat(hit.getText()).contains("电子公告", "市府办");
        clickUncovered(hit.findElement(By.tagName("a")));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + notice + "$"));
        logout();

        signIn(PUBLISHER);
        open(notice);
        assertThat(Integer.parseInt(find(By.id("reader-count")).getText())).isEqualTo(readers + 1);
    }
}
