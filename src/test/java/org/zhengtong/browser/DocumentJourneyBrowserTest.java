package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.StringUtils;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;

/**
 * The journey of the issue in the browser: a clerk of 市财政局 drafts a 请示 to 市政府办公室; review, countersign,
 * signature, number, seal and distribution inside 财政局; 市政府办公室 signs for it, registers, proposes, the leader
 * instructs two departments and one reader, both departments handle it, it circulates and is closed. Every person
 * logs in, finds the work in the to-do window, opens the document, gives an opinion, makes the step's choices,
 * sends on and logs out.
 */
class DocumentJourneyBrowserTest extends BrowserTest {

    private static final String SIGNING_PHRASE = "同意，印发";

    @Autowired MutableClock clock;

    @Test
    void requestFromTheFinanceBureauIsIssuedThenHandledAndClosedAtTheCityOffice() throws Exception {
        String title = "关于" + TestUsers.unique("追加预算") + "的请示";
        int year = LocalDate.now(clock).getYear();

        // 市财政局: 拟稿 → 部门审核 → 办公室核稿 → 会签 ×2 → 领导签发 → 编号登记 → 用印 → 分发
        signIn("czj.d1.clerk1");
        draft(title);
        long outgoing = documentId();
        openFromTodo(title, "拟稿");
        sendOn("请审核");
        logout();

        signIn("czj.d1.chief");
        // 综合检索 from the navigation bar: the draft has reached him, so he finds it by its title
        assertThat(searchFromNavigationBar(title)).contains(title);
        openFromTodo(title, "部门审核");
        sendOn("同意");
        logout();

        signIn("czj.office");
        openFromTodo(title, "办公室核稿");
        type("opinion", "请会签");
        // the countersigners are ticked in the searchable picker that stands in for the plain multi-select
        assertThat(find(By.id("countersigners")).isDisplayed()).isFalse();
        pick("countersigners", "国库", "czj.d2.chief");
        pick("countersigners", "资产", "czj.d3.chief");
        assertThat(browser.findElements(By.cssSelector("#countersigners option:checked")))
                .extracting(option -> option.getAttribute("value")).containsExactly("czj.d2.chief", "czj.d3.chief");
        new Select(find(By.id("signer-choice"))).selectByValue("czj.head");
        sendOn(null);
        logout();

        signIn("czj.d2.chief");
        openFromTodo(title, "会签");
        sendOn("国库科同意");
        logout();

        signIn("czj.d3.chief");
        openFromTodo(title, "会签");
        sendOn("资产管理科同意");
        logout();

        signIn("czj.head");
        addPhrase(SIGNING_PHRASE);
        openFromTodo(title, "领导签发");
        find(By.xpath("//div[@id='phrases']/button[@data-phrase='" + SIGNING_PHRASE + "']")).click();
        assertThat(find(By.id("opinion")).getDomProperty("value")).isEqualTo(SIGNING_PHRASE);
        sendOn(null);
        logout();

        signIn("czj.secretary");
        openFromTodo(title, "编号登记");
        sendOn(null);
        String documentNumber = find(By.id("document-number")).getText();
        assertThat(documentNumber).matches("财预〔" + year + "〕[1-9]\\d*号");
        openFromTodo(title, "用印");
        sendOn(null);
        openFromTodo(title, "分发");
        sendOn(null);
        assertThat(find(By.id("document-status")).getText()).isEqualTo("已办结");
        assertThat(find(By.id("main-recipients")).getText()).isEqualTo("市政府办公室");
        assertThat(find(By.id("cc-recipients")).getText()).isEqualTo("市人民政府");
        logout();

        // 市政府办公室: 签收 → 登记 → 拟办 → 领导批办 → 承办 ×2 → 传阅 → 办结
        signIn("szfb.secretary");
        openFromTodo(title, "签收");
        long incoming = documentId();
        assertThat(incoming).isNotEqualTo(outgoing);
        assertThat(find(By.id("document-number")).getText()).isEqualTo(documentNumber);
        sendOn("已签收");
        openFromTodo(title, "登记");
        sendOn(null);
        assertThat(find(By.id("registration-number")).getText()).matches("收〔" + year + "〕[1-9]\\d*号");
        logout();

        signIn("szfb.office");
        openFromTodo(title, "拟办");
        type("opinion", "拟请分管副市长阅批");
        new Select(find(By.id("leader-choice"))).selectByValue("szfb.head");
        sendOn(null);
        logout();

        signIn("szfb.head");
        openFromTodo(title, "领导批办");
        type("opinion", "请秘书科、综合科办理");
        find(By.xpath("//div[@id='instruct-choices']//label[normalize-space()='秘书科']")).click();
        find(By.xpath("//div[@id='instruct-choices']//label[normalize-space()='综合科']")).click();
        pick("readers", "", "szfb.deputy1");
        sendOn(null);
        logout();

        // both departments have their 承办 open at the same time
        signIn("szfb.d1.chief");
        openFromTodo(title, "承办");
        assertThat(StringUtils.countOccurrencesOf(find(By.id("current-steps")).getText(), "承办")).isEqualTo(2);
        sendOn("已办理");
        logout();

        signIn("szfb.d2.chief");
        openFromTodo(title, "承办");
        sendOn("已办理");
        logout();

        signIn("szfb.deputy1");
        find(By.xpath("//a[@href='/todo']")).click();
        find(By.xpath("//ul[@id='todo-tabs']//a[contains(@href,'tab=circulation')]")).click();
        openRow(title, "传阅");
        sendOn("已阅");
        assertThat(find(By.id("document-status")).getText()).isEqualTo("已办结");
        logout();

        // any participant follows both documents: every step and opinion on the timeline, and the diagram
        signIn("czj.d1.clerk1");
        open("/documents/" + outgoing);
        assertThat(timelineSteps()).contains("拟稿", "部门审核", "办公室核稿", "会签", "领导签发", "编号登记", "用印", "分发");
        assertThat(find(By.id("timeline")).getText())
                .contains("请审核", "同意", "请会签", "国库科同意", "资产管理科同意", SIGNING_PHRASE);
        assertDiagramLoads();
        logout();

        signIn("szfb.deputy1");
        open("/documents/" + incoming);
        assertThat(find(By.id("document-status")).getText()).isEqualTo("已办结");
        assertThat(timelineSteps()).contains("签收", "登记", "拟办", "领导批办", "承办", "传阅");
        assertThat(find(By.id("timeline")).getText())
                .contains("已签收", "拟请分管副市长阅批", "请秘书科、综合科办理", "已办理", "已阅");
        assertDiagramLoads();
        logout();
    }

    /** 拟稿 of the 请示 on the drafting page, the body typed into TinyMCE's frame. */
    private void draft(String title) {
        fromMenu("/documents/new");
        type("title", title);
        new Select(find(By.id("type"))).selectByValue("REQUEST");
        new Select(find(By.id("issuerCode"))).selectByVisibleText("财预");
        new Select(find(By.id("mainRecipients"))).selectByVisibleText("市政府办公室");
        new Select(find(By.id("ccRecipients"))).selectByVisibleText("市人民政府");
        typeInEditor("市政府：现将有关情况请示如下，妥否，请批示。");
        // the editor speaks Chinese through its zh_CN language pack: 粗体, not Bold
        assertThat(find(By.cssSelector(".tox-tbtn[aria-label='粗体']")).isDisplayed()).isTrue();
        WebElement submit = find(By.id("draft-submit"));
        new Actions(browser).scrollToElement(submit).perform();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(submit)).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/documents/\\d+$"));
        assertThat(find(By.id("document-title")).getText()).isEqualTo(title);
        assertThat(find(By.id("bodyHtml")).getDomProperty("value"))
                .isEqualTo("<p>市政府：现将有关情况请示如下，妥否，请批示。</p>");
    }

    /** The titles 综合检索 lists for the words typed into the navigation bar's search box. */
    private List<String> searchFromNavigationBar(String words) {
        find(By.cssSelector("#zt-search input[name='q']")).sendKeys(words + Keys.ENTER);
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?"));
        return browser.findElements(By.cssSelector("#search-results a")).stream().map(WebElement::getText).toList();
    }

    /** Through 管理常用意见: the phrase is kept once, however often the journey runs against one database. */
    private void addPhrase(String text) {
        fromMenu("/documents/new");
        find(By.xpath("//a[@href='/documents/phrases']")).click();
        boolean known = find(By.id("phrase-list")).findElements(By.name("text")).stream()
                .anyMatch(field -> text.equals(field.getDomProperty("value")));
        if (!known) {
            find(By.cssSelector("#phrase-add input[name='text']")).sendKeys(text);
            find(By.cssSelector("#phrase-add button[type='submit']")).click();
            wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".alert-success"), "常用意见"));
        }
    }

    /** Narrows the people picker of a multi-select by the filter text and ticks the person. */
    private void pick(String selectId, String filter, String username) {
        WebElement box = find(By.cssSelector("#" + selectId + "-picker input[type='search']"));
        box.clear();
        box.sendKeys(filter);
        find(By.cssSelector("#" + selectId + "-picker input[type='checkbox'][value='" + username + "']")).click();
    }

    private long documentId() {
        return Long.parseLong(path().substring("/documents/".length()));
    }

    /** The diagram's &lt;img&gt; has loaded, and its address answers 200 with a PNG in the same session. */
    private void assertDiagramLoads() throws IOException, InterruptedException {
        WebElement diagram = find(By.id("diagram"));
        wait(Duration.ofSeconds(20)).until(d -> "true".equals(diagram.getDomProperty("complete"))
                && Integer.parseInt(diagram.getDomProperty("naturalWidth")) > 0);
        String session = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(diagram.getDomProperty("src"))).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/png"));
        assertThat(Arrays.copyOf(response.body(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
