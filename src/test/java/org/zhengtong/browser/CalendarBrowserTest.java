package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.platform.PlatformFixtures;

/**
 * 日程 in the browser: in the week view she picks a slot near 10:00 today, the form comes with that time, she saves an entry whose
 * title carries script, and the week view shows the title as text without running it.
 */
class CalendarBrowserTest extends BrowserTest {

    private static final String TITLE = "部务会<img src=x onerror=\"window.ztXss=1\"><script>window.ztXss=2</script>";

    @Autowired PlatformFixtures platform;
    @Autowired java.time.Clock clock;

    @Test
    void anEntryMadeInTheWeekViewShowsItsTitleAsText() {
        login(platform.newTeam().clerk(), PlatformFixtures.PASSWORD);
        wait(Duration.ofSeconds(10)).until(d -> !path().equals("/login"));
        open("/calendar");
        WebElement today = find(By.cssSelector(".fc-timegrid-col.fc-day-today"));
        WebElement ten = find(By.cssSelector("td.fc-timegrid-slot-lane[data-time='10:00:00']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", ten);
        Rectangle column = today.getRect();
        Rectangle slot = ten.getRect();
        new Actions(browser).moveToElement(ten, column.getX() + column.getWidth() / 2 - (slot.getX() + slot.getWidth() / 2),
                0).click().perform();

        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/calendar/new"));
        // the slot clicked (the 10:00 row, give or take the rows the sticky header and scrolling shift) today
        assertThat(find(By.id("startTime")).getAttribute("value")).matches("\\d\\d:(00|30)");
        assertThat(find(By.id("startDate")).getAttribute("value")).isEqualTo(java.time.LocalDate.now(clock).toString());
        type("title", TITLE);
        submit(By.id("save-entry"));

        WebElement event = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fc-timegrid-event .fc-event-title")));
        assertThat(event.getText()).isEqualTo(TITLE);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.ztXss === undefined")).isEqualTo(true);
        assertThat(now(browser, By.cssSelector(".fc-event img"))).isEmpty();
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        List<WebElement> legend = browser.findElements(By.cssSelector(".zt-type"));
        assertThat(legend).extracting(WebElement::getText).contains("会议", "个人");
    }
}
