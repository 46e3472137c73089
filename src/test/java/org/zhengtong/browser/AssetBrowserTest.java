package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;

/**
 * 国有资产 in the browser with the demo accounts: 市住建局's asset clerk registers a computer, prints its label (a PDF
 * holding the asset number) and asks to dispose of it; the head approves from his to-do window; the clerk enters the
 * change from hers; the card shows 已处置 and the disposal in its history.
 */
class AssetBrowserTest extends BrowserTest {

    static final String CLERK = "zjj.clerk";
    static final String HEAD = "zjj.head";

    @Autowired Clock clock;

    @Test
    void theClerkRegistersPrintsAndDisposesOfAComputerTheHeadApproves() throws IOException {
        String name = TestUsers.unique("台式计算机");

        signIn(CLERK);
        open("/asset/cards");
        clickUncovered(find(By.id("new-asset")));
        new Select(find(By.id("categoryCode"))).selectByValue("A02010105");
        type("name", name);
        type("model", "联想 启天M437");
        type("originalValue", "5200");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(By.id("acquiredOn")),
                LocalDate.now(clock).minusMonths(2).toString());
        type("serialNumber", TestUsers.unique("SN"));
        type("custodian", CLERK);
        type("place", "3楼301");
        press(By.id("submit-asset"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/asset/cards/\\d+$"));
        String card = path();
        String number = find(By.id("asset-number")).getText();
        assertThat(number).startsWith("ZJJ");
        assertThat(find(By.id("asset-status")).getText()).isEqualTo("在用");

        Map<?, ?> label = download(find(By.id("label-link")).getAttribute("href"));
        assertThat(label.get("type")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode((String) label.get("body")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(number);
        }

        new Select(find(By.id("kind"))).selectByValue("DISPOSE");
        type("reason", "已超使用年限，无维修价值");
        press(By.id("submit-change"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/asset/changes/\\d+$"));
        String change = path();
        assertThat(find(By.id("change-status")).getText()).isEqualTo("审批中");
        logout();

        String title = "资产处置：" + name + "（" + number + "）";
        signIn(HEAD);
        openFromTodo(title, "单位审批");
        assertThat(path()).isEqualTo(change);
        sendOn("同意处置");
        logout();

        signIn(CLERK);
        openFromTodo(title, "登记");
        sendOn("已登记");
        assertThat(find(By.id("change-status")).getText()).isEqualTo("已变更");
        open(card);
        assertThat(find(By.id("asset-status")).getText()).isEqualTo("已处置");
        assertThat(now(browser, By.id("change-card"))).isEmpty();
        String history = find(By.id("history")).getText();
        assertThat(history).contains("处置", "已变更", "状态 已处置");
        logout();
    }

    /** Fetches a link as the signed-in browser does: its content type and body (base64). */
    private Map<?, ?> download(String href) {
        return (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async function (response) {
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  let binary = '';
                  bytes.forEach(function (b) { binary += String.fromCharCode(b); });
                  done({type: response.headers.get('Content-Type'), body: btoa(binary)});
                });""", href);
    }
}
