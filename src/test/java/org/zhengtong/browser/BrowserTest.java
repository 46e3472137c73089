package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.zhengtong.AsUser;
import org.zhengtong.TestClockConfiguration;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;

/**
 * A journey in Debian's headless Chromium against the application on a random port. The driver path is explicit so
 * Selenium never tries to download a browser.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zhengtong.demo=true")
@Import({TestClockConfiguration.class, TestUsers.class, AsUser.class, PlatformFixtures.class})
abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("zt.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("zt.chromedriver", "/usr/bin/chromedriver");
    /** How long a lookup waits for an element to appear, as a page still loading or swapping needs. */
    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

    /** The password of every demo account (zhengtong.demo=true). */
    static final String DEMO_PASSWORD = "Demo@2026";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = startChromium();
    }

    /** A fresh headless Chromium with cookies of its own, as a second person at her own computer would have. */
    static WebDriver startChromium() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=zh-CN");
        WebDriver chromium = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).build(), options);
        chromium.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return chromium;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    WebElement find(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void login(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        submit(By.id("login-submit"));
    }

    /** Logs a demo account in and waits until the login page is left. */
    void signIn(String username) {
        login(username, DEMO_PASSWORD);
        wait(Duration.ofSeconds(10)).until(d -> !path().equals("/login"));
    }

    /** Clicks a submit button and waits until the browser has left the page it was on. */
    void submit(By button) {
        WebElement element = find(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(element));
    }

    void logout() {
        find(By.id("zt-user")).click();
        find(By.id("zt-logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    /** Opens the to-do window from the navigation and the document whose row shows this step. */
    void openFromTodo(String title, String step) {
        find(By.xpath("//a[@href='/todo']")).click();
        openRow(title, step);
    }

    /** Opens the document of the to-do row showing this step; its action panel is for the step. */
    void openRow(String title, String step) {
        find(By.xpath("//tr[contains(@class,'todo-row')][td[2][contains(normalize-space(),'" + step + "')]]"
                + "//a[contains(@class,'todo-title') and normalize-space()='" + title + "']")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#action-panel .card-header"), step));
    }

    /**
     * Writes the opinion (unless the page already holds it) and presses 发送; the document page comes back. 用印 signs
     * the PDF and the OFD, so the step may take a few seconds.
     */
    void sendOn(String opinion) {
        if (opinion != null) {
            type("opinion", opinion);
        }
        WebElement send = find(By.id("send-on"));
        clickUncovered(send);
        wait(Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(send));
        assertThat(find(By.cssSelector(".alert-success")).getText()).startsWith("已发送");
    }

    /**
     * What {@code within} holds now, without the implicit wait: for asserting that something is not there, which
     * would otherwise cost the whole wait each time.
     */
    List<WebElement> now(SearchContext within, By by) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return within.findElements(by);
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /**
     * Clicks as a person would: first closing the reminders' pop-ups in the corner (a task that just reached her),
     * which would take the click, and bringing the element to the middle of the window.
     */
    void clickUncovered(WebElement element) {
        uncover(element);
        element.click();
    }

    /** Follows a link of the menu bar, opening first the drop-down (公文, 个人办公 …) that holds it. */
    void fromMenu(String href) {
        WebElement link = find(By.xpath("//nav//a[@href='" + href + "']"));
        clickUncovered(link.findElement(By.xpath("ancestor::li[contains(@class,'dropdown')]/a[@data-bs-toggle]")));
        wait(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(link));
        link.click();
    }

    /** {@link #submit} with the button uncovered first, as {@link #clickUncovered}. */
    void press(By button) {
        uncover(find(button));
        submit(button);
    }

    private void uncover(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('#zt-toasts .toast .btn-close')"
                + ".forEach(function (close) { close.click(); });"
                + " arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        // asked in the page, not with findElements, which waits the implicit 2 s whenever there is no toast
        wait(Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('#zt-toasts .toast'))"
                        + ".every(function (toast) { return toast.offsetParent === null; });")));
    }

    /** The step names on the document's timeline, in order. */
    List<String> timelineSteps() {
        return find(By.id("timeline")).findElements(By.cssSelector("li.list-group-item > div > span.fw-semibold"))
                .stream().map(WebElement::getText).toList();
    }

    /** The helpers act on {@link #browser}: another person's browser stands in for it while they work. */
    void in(WebDriver other, Runnable steps) {
        WebDriver own = browser;
        browser = other;
        try {
            steps.run();
        } finally {
            browser = own;
        }
    }

    /** The body editor (正文) has started: typing into its frame now reaches the body. */
    void editorReady() {
        editorReady("bodyHtml");
    }

    /** The rich-text editor on the textarea with this id has started. */
    void editorReady(String field) {
        wait(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return !!(window.tinymce && tinymce.get(arguments[0]) && tinymce.get(arguments[0]).initialized)",
                field)));
    }

    /** {@link #typeInEditor(String, String)} in the 公文 body. */
    void typeInEditor(String words) {
        typeInEditor("bodyHtml", words);
    }

    /**
     * Types at the end of the rich text as a person does, once the editor has started and has the focus, and waits
     * until the form field the page submits carries the words.
     */
    void typeInEditor(String field, String words) {
        editorReady(field);
        WebElement frame = find(By.id(field + "_ifr"));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});"
                + "const editor = tinymce.get(arguments[1]); editor.focus();"
                + "editor.selection.select(editor.getBody(), true); editor.selection.collapse(false);", frame, field);
        browser.switchTo().frame(frame);
        new Actions(browser).sendKeys(words).perform();
        browser.switchTo().defaultContent();
        wait(Duration.ofSeconds(10)).until(d -> String.valueOf(page.executeScript(
                "return document.getElementById(arguments[0]).value", field)).contains(words));
    }

    WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
