package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.TestUsers;

/**
 * 电子刊物 in the browser with the demo accounts: a clerk of 市财政局 reaches 电子刊物 from the 公共信息 menu and
 * submits an article to 政务信息; 市政府办公室's editor adopts it from his to-do window, composes an issue of it on
 * the editor's desk and publishes it; the issue shows its number and the article, and links its PDF.
 */
class JournalBrowserTest extends BrowserTest {

    static final String AUTHOR = "czj.d1.clerk1";
    static final String EDITOR = "szfb.clerk";

    @Test
    void anEditorAdoptsASubmittedArticleAndPublishesTheIssue() {
        String title = TestUsers.unique("城市更新专项资金首批项目开工");

        signIn(AUTHOR);
        fromMenu("/journals");
        press(By.id("submit-link"));
        // other tests of the shared database add publications of their own: choose the demo's by name
        new Select(find(By.id("publicationId"))).selectByVisibleText("政务信息");
        type("title", title);
        typeInEditor("content", "首批城市更新项目全部开工，专项资金拨付及时。");
        press(By.id("submit-article"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/journals/articles/\\d+$"));
        String article = path().substring(path().lastIndexOf('/') + 1);
        assertThat(find(By.id("article-status")).getText()).isEqualTo("待审核");
        logout();

        signIn(EDITOR);
        openFromTodo(title, "编辑审核");
        sendOn("采用");
        assertThat(find(By.id("article-status")).getText()).isEqualTo("已采用");
        open("/journals/edit");
        new Select(find(By.id("publication"))).selectByVisibleText("政务信息");
        press(By.id("choose-publication"));
        clickUncovered(find(By.id("pick-" + article)));
        press(By.id("compose-issue"));
        assertThat(find(By.id("issue-draft")).getText()).isEqualTo("组稿中");
        press(By.id("publish-issue"));
        assertThat(find(By.cssSelector(".alert-success")).getText()).contains("已发布");
        assertThat(find(By.id("issue-number")).getText()).matches("\\d{4}年第\\d+期\\s?（总第\\d+期）");
        assertThat(find(By.id("issue-masthead")).getText()).isEqualTo("政务信息");
        assertThat(find(By.xpath("//article[contains(@class,'issue-article')]//a")).getText()).isEqualTo(title);
        assertThat(find(By.id("issue-pdf")).getAttribute("href")).endsWith("/pdf");
    }
}
