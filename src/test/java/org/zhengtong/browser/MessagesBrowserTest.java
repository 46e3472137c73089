package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.AsUser;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 在线联络 in two browsers: he has their conversation open; she types in hers, and without a reload the message
 * appears on his page — its address a link to a new tab, its markup text that never runs — and is read; her page
 * adds what she sent without a reload too, and his reply reaches her the same way.
 */
class MessagesBrowserTest extends BrowserTest {

    @Autowired PlatformFixtures platform;
    @Autowired MessageService messages;
    @Autowired AsUser as;

    private WebDriver hersBrowser;

    @AfterEach
    void closeHerBrowser() {
        if (hersBrowser != null) {
            hersBrowser.quit();
        }
    }

    @Test
    void aMessageTypedInOneBrowserAppearsInTheOtherAtOnceAndItsMarkupNeverRuns() {
        Team team = platform.newTeam();
        String her = team.clerk();
        String him = team.clerk2();
        long conversation = as.call(her, () -> messages.start(List.of(him), null));

        signInAs(him);
        open("/messages/" + conversation);
        streamOpen();

        hersBrowser = startChromium();
        String attack = "<img src=x onerror=\"window.ztPwned=1\"> 材料见 https://example.org/docs";
        in(hersBrowser, () -> {
            signInAs(her);
            open("/messages/" + conversation);
            streamOpen();
            type("text", attack);
            find(By.id("send")).click();
            wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#chat .zt-own"), "材料见"));
            assertThat(find(By.id("text")).getAttribute("value")).as("the box is emptied").isEmpty();
            assertThat(path()).as("no reload").isEqualTo("/messages/" + conversation);
        });

        WebElement arrived = wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[@id='chat']//div[contains(@class,'zt-chat-line')][not(contains(@class,'zt-own'))]"
                        + "[contains(., '材料见')]")));
        assertThat(arrived.getText()).contains("<img src=x onerror=\"window.ztPwned=1\">");
        assertThat(now(arrived, By.tagName("img"))).isEmpty();
        WebElement link = arrived.findElement(By.tagName("a"));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.org/docs");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.ztPwned === undefined")).isEqualTo(true);

        // read on his open page: nothing stays unread for him
        wait(Duration.ofSeconds(10)).until(d -> as.call(him, () -> messages.unreadCount(him)) == 0);

        // a reload shows the same text, escaped by the server this time
        open("/messages/" + conversation);
        assertThat(find(By.id("chat")).getText()).contains("<img src=x onerror=\"window.ztPwned=1\">");
        assertThat(now(find(By.id("chat")), By.tagName("img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.ztPwned === undefined")).isEqualTo(true);
        streamOpen();

        // his reply reaches her open page the same way
        type("text", "收到");
        find(By.id("send")).click();
        in(hersBrowser, () -> wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[@id='chat']//div[contains(@class,'zt-chat-line')][not(contains(@class,'zt-own'))]"
                        + "[contains(., '收到')]"))));
    }

    private void streamOpen() {
        wait(Duration.ofSeconds(30)).withMessage(() -> "the stream of " + browser.getCurrentUrl() + " did not open")
                .until(ExpectedConditions.attributeToBe(By.id("zt-reminders"), "data-connected", "true"));
    }

    private void signInAs(String username) {
        login(username, PlatformFixtures.PASSWORD);
        wait(Duration.ofSeconds(10)).until(d -> !path().equals("/login"));
    }
}
