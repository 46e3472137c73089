package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.AsUser;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.RoomForm;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 会议管理 in the browser: the clerk plans a meeting in a free room she picks for its time and submits it; the 科长 and the 分管领导 approve it from the to-do
 * window; the 科长, invited, replies 参加 and signs in with the code shown to the organizer; the 记录人 writes the
 * 纪要 and a 议定事项, the host approves, the 记录人 publishes; the owner reports progress and closes it.
 */
class MeetingJourneyBrowserTest extends BrowserTest {

    @Autowired PlatformFixtures platform;
    @Autowired Clock clock;
    @Autowired AsUser asUser;
    @Autowired RoomService rooms;

    @Test
    void aMeetingFromPlanToAClosedDecision() {
        Team team = platform.newTeam();
        String title = TestUsers.unique("浏览器办公会");
        LocalDateTime start = LocalDateTime.now(clock).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        String roomName = TestUsers.unique("浏览器会议室");
        long room = asUser.call("czj.office", () -> rooms.create(new RoomForm(roomName, "主楼", 20, "投影", null,
                false, java.util.List.of(), true)));

        as(team.clerk());
        open("/meetings");
        find(By.id("plan-meeting")).click();
        type("title", title);
        setValue("start", start.toString());
        setValue("end", start.plusHours(2).toString());
        // the room list follows the chosen time: the free rooms only
        wait(Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("#roomId option[value='" + room + "']")).isEmpty());
        new org.openqa.selenium.support.ui.Select(find(By.id("roomId"))).selectByValue(String.valueOf(room));
        new org.openqa.selenium.support.ui.Select(find(By.id("host"))).selectByValue(team.leader());
        new org.openqa.selenium.support.ui.Select(find(By.id("recorder"))).selectByValue(team.clerk2());
        type("topics0.title", "预算调整");
        click(By.cssSelector("#attendees-picker input[value='PERSON:" + team.chief() + "']"));
        press(By.id("save-meeting"));
        assertThat(find(By.id("meeting-title")).getText()).isEqualTo(title);
        assertThat(find(By.tagName("main")).getText()).contains(roomName);
        String meetingPath = path();
        sendOn(null);

        for (String[] approver : new String[][] {{team.chief(), "科室审核"}, {team.leader(), "领导审批"}}) {
            as(approver[0]);
            openFromTodo(title, approver[1]);
            sendOn("同意");
        }
        as(team.clerk());
        open(meetingPath);
        String code = find(By.id("sign-in-code-value")).getText();
        assertThat(code).matches("\\d{6}");

        // the invited 科长 has the notice, replies and signs in
        as(team.chief());
        open(meetingPath);
        assertThat(find(By.id("meeting-status")).getText()).isEqualTo("已通知");
        press(By.id("reply-attend"));
        assertThat(find(By.id("my-reply")).getText()).contains("参加");
        open("/meetings/sign-in");
        type("code", code);
        press(By.id("sign-in-submit"));
        assertThat(find(By.id("signed-in")).getText()).contains(title);

        // the 记录人: a 议定事项 for the 科长, the 纪要 written and submitted
        as(team.clerk2());
        open(meetingPath);
        type("decision-text", "调整预算方案");
        new org.openqa.selenium.support.ui.Select(find(By.id("decision-owner"))).selectByValue(team.chief());
        setValue("decision-deadline", start.toLocalDate().plusDays(7).toString());
        press(By.id("add-decision"));
        typeInEditor("minutes-html", "会议同意调整预算");
        press(By.id("submit-minutes"));
        assertThat(find(By.id("minutes-status")).getText()).isEqualTo("审定中");

        as(team.leader());
        openFromTodo(title, "审定纪要");
        sendOn("同意");

        as(team.clerk2());
        open(meetingPath);
        press(By.id("publish-minutes"));
        assertThat(find(By.id("minutes-status")).getText()).isEqualTo("已印发");

        // the owner reads the 纪要, reports and closes the 议定事项
        as(team.chief());
        open(meetingPath);
        assertThat(find(By.id("minutes-text")).getText()).contains("会议同意调整预算");
        click(By.xpath("//table[@id='decision-list']//a[normalize-space()='调整预算方案']"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/meetings/decisions/"));
        type("report-text", "已起草方案");
        type("report-progress", "100");
        press(By.id("send-report"));
        assertThat(find(By.id("reports")).getText()).contains("已起草方案");
        sendOn(null);
        assertThat(find(By.id("decision-status")).getText()).isEqualTo("已办结");
    }

    private void as(String username) {
        open("/");
        if (!now(browser, By.id("zt-user")).isEmpty()) {
            logout();
        }
        login(username, PlatformFixtures.PASSWORD);
        wait(Duration.ofSeconds(10)).until(d -> !path().equals("/login"));
    }

    private void setValue(String id, String value) {
        WebElement field = find(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    private void click(By by) {
        WebElement element = wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "arguments[0].click();", element);
    }
}
