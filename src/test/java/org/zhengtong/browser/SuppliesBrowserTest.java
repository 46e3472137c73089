package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.platform.OrgDirectory;

/**
 * 办公用品 in the browser with the demo accounts: a clerk of 市财政局's 预算科 asks for more pens than the store holds
 * (refused, the form again), then for two boxes; her 科长 approves from his to-do window; the office's clerk, who
 * keeps 办公室库房, issues them from hers; the request reads 已发放 and the stock has fallen by two.
 */
class SuppliesBrowserTest extends BrowserTest {

    static final String REQUESTER = "czj.d1.clerk1";
    static final String CHIEF = "czj.d1.chief";
    static final String KEEPER = "czj.clerk";
    static final String PENS = "中性笔（0.5mm 黑色 12支）";

    @Autowired OrgDirectory directory;

    @Test
    void aRequestIsApprovedAndIssued() {
        signIn(KEEPER);
        open("/supplies");
        int before = pens();
        assertThat(browser.findElements(By.cssSelector("tr.low-stock"))).isNotEmpty();
        logout();

        signIn(REQUESTER);
        open("/supplies/requests/new");
        new Select(find(By.id("itemId-0"))).selectByVisibleText(
                new Select(find(By.id("itemId-0"))).getOptions().stream().map(o -> o.getText())
                        .filter(t -> t.startsWith(PENS)).findFirst().orElseThrow());
        type("quantity-0", String.valueOf(before + 1));
        type("purpose-0", "预算科日常办公");
        press(By.id("submit-request"));
        assertThat(find(By.id("form-errors")).getText()).contains("库存不足");
        type("quantity-0", "2");
        press(By.id("submit-request"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/supplies/requests/\\d+$"));
        String request = path();
        assertThat(find(By.id("request-status")).getText()).isEqualTo("审批中");
        logout();

        String title = directory.nameOf(REQUESTER) + "申请领用" + PENS + " ×2 盒";
        signIn(CHIEF);
        openFromTodo(title, "科室审核");
        assertThat(path()).isEqualTo(request);
        sendOn("同意");
        logout();

        signIn(KEEPER);
        openFromTodo(title, "发放");
        assertThat(find(By.id("send-on")).getText()).contains("发放");
        sendOn("请到办公室领取");
        open(request);
        assertThat(find(By.id("request-status")).getText()).isEqualTo("已发放");
        open("/supplies");
        assertThat(pens()).isEqualTo(before - 2);
        logout();
    }

    /** The pens held by 办公室库房, as the stock page shows them. */
    private int pens() {
        String cell = find(By.xpath("//tr[contains(@class,'stock-row')][td[3][normalize-space()='" + PENS
                + "']]/td[5]/span[1]")).getText();
        return Integer.parseInt(cell.strip());
    }
}
