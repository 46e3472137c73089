package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;

/**
 * 公务接待 in the browser: 市财政局's office director registers a visiting delegation with its plan and a lunch,
 * submits it; the leader in charge of the office (czj.deputy1) opens it from his to-do window and approves it, and
 * the reception is 已安排.
 */
class ReceptionBrowserTest extends BrowserTest {

    static final String DESK = "czj.office";
    static final String APPROVER = "czj.deputy1";

    @Autowired Clock clock;

    @Test
    void theOfficeRegistersADelegationAndTheLeaderApprovesItFromHisTodo() {
        String visitingUnit = TestUsers.unique("省财政厅预算处");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        signIn(DESK);
        open("/receptions/new");
        type("visitingUnit", visitingUnit);
        new Select(find(By.id("level"))).selectByValue("COUNTY");
        type("visitorCount", "4");
        type("leaderName", "张建国");
        type("leaderTitle", "处长");
        setValue(By.id("arrivalAt"), tomorrow + "T09:00");
        setValue(By.id("departureAt"), tomorrow + "T17:00");
        type("reason", "调研预算执行情况");
        typeInto(By.name("members[0].name"), "李明");
        typeInto(By.name("members[0].title"), "副处长");
        type("venues", "第一会议室");
        setValue(By.name("meals[0].date"), tomorrow.toString());
        new Select(find(By.name("meals[0].kind"))).selectByValue("LUNCH");
        typeInto(By.name("meals[0].guests"), "4");
        typeInto(By.name("meals[0].hosts"), "2");
        typeInto(By.name("meals[0].standard"), "60");
        press(By.id("save-reception"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/receptions/\\d+$"));
        String reception = path();
        assertThat(find(By.id("reception-status")).getText()).isEqualTo("登记");
        assertThat(find(By.id("meals")).getText()).contains("午餐");
        assertThat(find(By.id("planned-cost")).getText()).isEqualTo("360.00");

        press(By.id("submit-reception"));
        assertThat(find(By.id("reception-status")).getText()).isEqualTo("待审批");
        logout();

        signIn(APPROVER);
        open("/todo");
        find(By.xpath("//tr[contains(@class,'todo-row')]//a[contains(@class,'todo-title') and contains(normalize-space(),'"
                + visitingUnit + "')]")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#action-panel .card-header"), "领导审批"));
        assertThat(path()).isEqualTo(reception);
        sendOn("同意，按标准接待");
        open(reception);
        assertThat(find(By.id("reception-status")).getText()).isEqualTo("已安排");
        logout();
    }

    private void typeInto(By field, String text) {
        var element = find(field);
        element.clear();
        element.sendKeys(text);
    }

    /** A date or time field set as the picker would (typed keys are read by the locale's own format). */
    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(field), value);
    }
}
