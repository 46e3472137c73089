package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.TestUsers;

/**
 * 规章制度 in the browser with the demo accounts: 市财政局's 制度管理员 reaches 规章制度 from the 公共信息 menu and adds a
 * rule; a clerk of the unit finds it in the catalogue filtered by 现行有效.
 */
class RegulationBrowserTest extends BrowserTest {

    static final String MANAGER = "czj.secretary";
    static final String READER = "czj.d1.clerk1";

    @Test
    void aManagerAddsARegulationAndAReaderFindsItByStatus() {
        String title = TestUsers.unique("市财政局会议室使用管理规定");

        signIn(MANAGER);
        fromMenu("/regulations?kind=INTERNAL");
        press(By.id("new-regulation"));
        type("title", title);
        type("issuer", "市财政局办公室");
        type("docNumber", "财办〔2026〕21号");
        typeInEditor("body", "第一条 会议室由办公室统一管理，使用前在系统中预约。");
        press(By.id("save-regulation"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/regulations/\\d+$"));
        assertThat(find(By.id("regulation-status")).getText()).isEqualTo("现行有效");
        logout();

        signIn(READER);
        open("/regulations");
        new Select(find(By.id("filter-status"))).selectByVisibleText("现行有效");
        find(By.name("q")).sendKeys("会议室使用管理");
        press(By.id("apply-filter"));
        clickUncovered(find(By.xpath("//table[@id='regulations']//a[normalize-space()='" + title + "']")));
        wait(Duration.ofSeconds(10)).until(d -> find(By.id("regulation-body")).getText().contains("会议室由办公室统一管理"));
        logout();
    }
}
