package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 提醒 pushed to an open page: the chief has his 工作台 open; in her own browser the clerk sends him her draft, and
 * without reloading his page shows the pop-up and the reminder strip, whose link opens the document. A department of
 * its own, so the step left open is in no demo person's to-do window.
 */
class PushBrowserTest extends BrowserTest {

    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired PlatformFixtures platform;

    private WebDriver clerksBrowser;

    @AfterEach
    void closeTheClerksBrowser() {
        if (clerksBrowser != null) {
            clerksBrowser.quit();
        }
    }

    @Test
    void theChiefSeesAPopUpTheMomentTheClerkSendsHimHerDraft() {
        Team team = platform.newTeam();
        var draft = new DocumentFixtures(documents, directory, users)
                .draft(team.clerk(), "推送请示", "<p>关于推送提醒的请示。</p>");
        signInAs(team.chief());
        assertThat(path()).as("the chief's 工作台, no login step pending").isEqualTo("/");
        // a refused stream is tried again after 2, 4, 8, 16 and 32 s (push.js): a loaded machine may need a later try
        wait(Duration.ofSeconds(70)).withMessage(() -> "the reminder stream of " + browser.getCurrentUrl()
                        + " did not open").until(ExpectedConditions.attributeToBe(By.id("zt-reminders"),
                "data-connected", "true"));

        clerksBrowser = startChromium();
        in(clerksBrowser, () -> {
            signInAs(team.clerk());
            openFromTodo(draft.getTitle(), "拟稿");
            sendOn("请审核");
        });

        WebElement toast = wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#zt-toasts .toast")));
        assertThat(toast.getText()).contains("新待办：部门审核", draft.getTitle());
        assertThat(find(By.id("zt-reminders")).getText()).contains("新待办：部门审核");
        toast.findElement(By.cssSelector("a")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/documents/" + draft.getId()));
    }

    private void signInAs(String username) {
        login(username, PlatformFixtures.PASSWORD);
        wait(Duration.ofSeconds(10)).until(d -> !path().equals("/login"));
    }
}
