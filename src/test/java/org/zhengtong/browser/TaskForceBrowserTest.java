package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.TestUsers;

/**
 * 专项工作 in the browser with the demo accounts: the office director of the demo city's 协调推进小组 (市财政局's
 * deputy director) hands a task to 基础信息梳理组 from the office's board; the lead unit's contact opens it from her
 * to-do window, reports progress and submits completion; the office director accepts it from his.
 */
class TaskForceBrowserTest extends BrowserTest {

    static final String DIRECTOR = "czj.deputy1";
    static final String CONTACT = "czj.d3.clerk2";

    @Test
    void theOfficeHandsATaskTheLeadUnitReportsTheOfficeAccepts() {
        String title = TestUsers.unique("核对房产土地数据");

        signIn(DIRECTOR);
        open("/taskforce");
        clickUncovered(find(By.xpath("//table[@id='task-forces']//a[normalize-space()="
                + "'市政府系统清理和处置非办公类资产工作协调推进小组']")));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("groups")));
        assertThat(find(By.id("groups")).getText()).contains("证照手续办理组", "综合情况协调组");
        find(By.id("board-link")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("hand-form")));
        assertThat(find(By.id("overdue-count")).getText()).startsWith("超期");
        type("task-title", title);
        new Select(find(By.id("task-group"))).selectByVisibleText("基础信息梳理组");
        type("task-days", "5");
        press(By.id("hand-task"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/taskforce/tasks/\\d+$"));
        String task = path();
        assertThat(find(By.id("task-status")).getText()).isEqualTo("办理中");
        logout();

        signIn(CONTACT);
        openFromTodo(title, "办理");
        assertThat(path()).isEqualTo(task);
        type("percentDone", "60");
        type("report-text", "已核对 8 个单位的房产数据");
        press(By.id("send-report"));
        assertThat(find(By.id("progress")).getText()).contains("已核对 8 个单位的房产数据", "60%");
        sendOn("房产和土地数据已全部核对完毕");
        assertThat(find(By.id("task-status")).getText()).isEqualTo("待验收");
        logout();

        signIn(DIRECTOR);
        openFromTodo(title, "验收");
        assertThat(find(By.id("completion")).getText()).isEqualTo("房产和土地数据已全部核对完毕");
        sendOn("验收通过");
        assertThat(find(By.id("task-status")).getText()).isEqualTo("已办结");
    }
}
