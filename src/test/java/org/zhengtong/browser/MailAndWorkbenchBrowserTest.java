package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * 个性化办公 in the browser: the clerk arranges her 工作台 (the unread-mail tile first, the overdue tile hidden),
 * writes a mail to a colleague whose page is open in his own browser — he gets the pop-up at once — and whose subject
 * carries a script that nobody's page runs; he opens it and replies, and she finds the reply in her inbox. Then she
 * puts a meeting into her calendar, and it is on her 今日日程 tile.
 */
class MailAndWorkbenchBrowserTest extends BrowserTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    @Autowired OrgDirectory directory;
    @Autowired Clock clock;

    private WebDriver colleaguesBrowser;

    @AfterEach
    void resetAndClose() {
        if (colleaguesBrowser != null) {
            colleaguesBrowser.quit();
        }
        open("/workbench");
        submit(By.cssSelector("#workbench-reset button"));
    }

    @Test
    void theClerkArrangesHerWorkbenchAndMailsAColleagueWhoRepliesAtOnce() {
        String subject = TestUsers.unique("周例会材料") + " " + XSS;

        signIn("czj.d1.clerk1");
        find(By.id("arrange-workbench")).click();
        untick("todo.tile.overdue");
        for (int moves = 0; moves < 10 && !firstTile().equals("mail.tile.unread"); moves++) {
            submit(By.cssSelector("li[data-tile='mail.tile.unread'] button[value='mail.tile.unread:up']"));
        }
        submit(By.id("workbench-save"));
        open("/");
        List<String> tiles = find(By.id("workbench")).findElements(By.cssSelector(".card")).stream()
                .map(WebElement::getText).toList();
        assertThat(tiles.get(0)).startsWith("未读邮件");
        assertThat(tiles).noneMatch(tile -> tile.startsWith("超期待办"));

        colleaguesBrowser = startChromium();
        in(colleaguesBrowser, () -> {
            signIn("czj.d1.clerk2");
            // a refused stream is tried again after 2, 4, 8, 16 and 32 s (push.js): a loaded machine may need a later try
            wait(Duration.ofSeconds(70)).withMessage(() -> "the reminder stream of " + browser.getCurrentUrl()
                    + " did not open").until(ExpectedConditions.attributeToBe(By.id("zt-reminders"),
                    "data-connected", "true"));
        });

        open("/mail/compose");
        WebElement filter = find(By.cssSelector("#to-picker input[type='search']"));
        filter.sendKeys(directory.nameOf("czj.d1.clerk2"));
        find(By.cssSelector("#to-picker input[type='checkbox'][value='person:czj.d1.clerk2']")).click();
        type("subject", subject);
        typeInEditor("body", "请于周五前提交本科室的周例会材料。");
        WebElement send = find(By.id("mail-send"));
        new Actions(browser).scrollToElement(send).perform();
        send.click();
        assertThat(find(By.id("mail-sent")).getText()).isNotBlank();

        in(colleaguesBrowser, () -> {
            WebElement toast = wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#zt-toasts .toast")));
            assertThat(toast.getText()).contains("新邮件", XSS);
            fromMenu("/mail");
            find(By.xpath("//table[@id='mail-list']//a[contains(., '周例会材料')]")).click();
            assertThat(find(By.id("mail-subject")).getText()).isEqualTo(subject);
            assertThat(find(By.id("mail-body")).getText()).contains("请于周五前提交本科室的周例会材料。");
            assertNoAlert();
            find(By.id("mail-reply")).click();
            typeInEditor("body", "收到，周四前提交。");
            submit(By.id("mail-send"));
        });

        assertNoAlert();
        open("/mail");
        find(By.xpath("//table[@id='mail-list']//a[contains(., '周例会材料')]")).click();
        assertThat(find(By.id("mail-subject")).getText()).startsWith("回复");
        assertThat(find(By.id("mail-body")).getText()).contains("收到，周四前提交。");

        // a meeting in her calendar today with a reminder 15 minutes before: on her 今日日程 tile, as text
        String meeting = TestUsers.unique("预算碰头会") + " " + XSS;
        LocalDate today = LocalDate.now(clock);
        open("/calendar/new?start=" + today + "T00:00:00&end=" + today + "T00:30:00");
        type("title", meeting);
        WebElement fifteenMinutes = find(By.id("reminder-15"));
        if (!fifteenMinutes.isSelected()) {
            fifteenMinutes.click();
        }
        submit(By.id("save-entry"));
        open("/");
        assertThat(find(By.cssSelector("[data-tile='calendar.tile.today']")).getText()).contains(meeting);
        assertNoAlert();
    }

    private void untick(String tile) {
        WebElement box = find(By.cssSelector("li[data-tile='" + tile + "'] input[name='shown']"));
        if (box.isSelected()) {
            box.click();
        }
    }

    private String firstTile() {
        return find(By.cssSelector("#workbench-tiles li")).getAttribute("data-tile");
    }

    /** The script in the subject ran nowhere: no alert is open. */
    private void assertNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("a script from the mail ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
