package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;

/**
 * 领导日程 in the browser: the 局长's secretary (an editor out of the box in the demo city) puts a public and a
 * private entry into his week through the entry form; both are in the 领导活动安排表, the public one is in the
 * 局长's own calendar, and a clerk of the bureau sees the public one in the week but not the private one.
 */
class LeaderScheduleBrowserTest extends BrowserTest {

    @Autowired Clock clock;

    @Test
    void theSecretaryKeepsTheHeadsWeekAndEachSeesWhatHeMay() {
        String publicOne = TestUsers.unique("调研国库集中支付");
        String privateOne = TestUsers.unique("私人事务");
        LocalDate today = LocalDate.now(clock);

        signIn("czj.secretary");
        open("/leaders/schedule");
        assertThat(find(By.id("week-title")).getText()).startsWith("市财政局领导活动安排表");
        find(By.id("new-entry")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/leaders/schedule/entries/new"));
        addEntry(today, publicOne, "PUBLIC", "10:00", "11:00");
        open("/leaders/schedule/entries/new?leader=czj.head&date=" + today);
        addEntry(today, privateOne, "PRIVATE", "15:00", "16:00");

        open("/leaders/schedule");
        WebElement week = find(By.id("week"));
        assertThat(week.findElement(By.cssSelector("tr[data-leader='czj.head']")).getText()).isNotEmpty();
        assertThat(week.getText()).contains(publicOne, privateOne);
        logout();

        // the 局长 finds it in his own calendar's week
        signIn("czj.head");
        open("/calendar");
        wait(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".fc-view-harness"), publicOne));
        logout();

        // a clerk of the bureau: the public entry, not the private one
        signIn("czj.d1.clerk1");
        open("/leaders/schedule");
        String seen = find(By.id("week")).getText();
        assertThat(seen).contains(publicOne).doesNotContain(privateOne);
        logout();
    }

    /** On the entry form: the 局长, today from..to, the activity and the visibility; saved, its page comes. */
    private void addEntry(LocalDate day, String activity, String visibility, String from, String to) {
        new Select(find(By.id("leader"))).selectByValue("czj.head");
        new Select(find(By.id("dayPart"))).selectByValue("TIMED");
        setValue("start", day + "T" + from);
        setValue("end", day + "T" + to);
        type("activity", activity);
        type("place", "局三楼会议室");
        new Select(find(By.id("visibility"))).selectByValue(visibility);
        // no reminder: its pop-up would stand over the buttons of the next steps
        find(By.id("reminderMinutes")).clear();
        submit(By.id("save-entry"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/leaders/schedule/entries/\\d+$"));
        assertThat(find(By.cssSelector("main")).getText()).contains(activity);
    }

    /** A date or time field set as the picker would, typed keys being read by the locale's own format. */
    private void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(By.id(id)), value);
    }
}
