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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;

/**
 * Two 会签 handlers of 市财政局 have the same 请示's body open, each in her own browser. 国库科 changes the sum and
 * saves; 资产管理科, still on the older version, saves her addition and gets the page back (409) with 国库科's change
 * as a word diff — the sum one deleted and one inserted word —, her text still in the editor and "核对后保存". She
 * takes over the new sum and saves; the versions and their comparison show both changes.
 */
class ConcurrentBodyEditBrowserTest extends BrowserTest {

    private static final String BODY = "<p>市政府：</p><p>现申请追加预算3000万元。</p>";

    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;

    /** 国库科's browser, beside {@link #browser} which is 资产管理科's. */
    private WebDriver treasuryBrowser;

    @AfterEach
    void closeTheSecondBrowser() {
        if (treasuryBrowser != null) {
            treasuryBrowser.quit();
        }
    }

    @Test
    void theLaterSaveShowsTheEarlierChangeWordByWordAndSavesAfterReview() {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, users);
        long id = fixtures.draft("czj.d1.clerk1", "会签改稿请示", BODY).getId();
        fixtures.sendOn("czj.d1.clerk1", id, StepDecision.opinion("请审核"));
        fixtures.sendOn("czj.d1.chief", id, StepDecision.opinion("同意"));
        fixtures.sendOn("czj.office", id, new StepDecision("请会签", List.of("czj.d2.chief", "czj.d3.chief"),
                "czj.head", null, List.of(), List.of()));
        String treasury = directory.nameOf("czj.d2.chief");
        String assets = directory.nameOf("czj.d3.chief");

        // 资产管理科 opens the body on version 1
        signIn("czj.d3.chief");
        open("/documents/" + id);
        assertThat(find(By.cssSelector("#action-panel .card-header")).getText()).contains("会签");
        assertThat(baseVersion()).isEqualTo("1");
        editorReady();

        // meanwhile 国库科 changes the sum and saves version 2
        treasuryBrowser = startChromium();
        in(treasuryBrowser, () -> {
            signIn("czj.d2.chief");
            open("/documents/" + id);
            retype("3000", "2800");
            submit(By.id("save-body"));
            assertThat(find(By.cssSelector(".alert-success")).getText()).isEqualTo("正文已保存，当前为第 2 版。");
        });

        // 资产管理科 adds her purpose to version 1 and saves: refused, with what 国库科 changed
        retype("万元。", "万元，用于防汛物资储备。");
        submit(By.id("save-body"));
        assertThat(find(By.id("action-error")).getText()).startsWith("正文已被" + treasury + "修改（第2版）");
        WebElement conflict = find(By.id("body-conflict"));
        assertThat(conflict.findElement(By.tagName("h2")).getText()).isEqualTo("第2版（" + treasury + "）改动了什么");
        assertThat(texts(conflict, "#diff del")).containsExactly("3000");
        assertThat(texts(conflict, "#diff ins")).containsExactly("2800");
        assertThat(editorText()).isEqualTo("市政府：\n现申请追加预算3000万元，用于防汛物资储备。");
        assertThat(find(By.id("save-body")).getText()).isEqualTo("核对后保存（替换第2版）");
        assertThat(baseVersion()).isEqualTo("2");

        // she takes over the new sum and saves after review: version 3 holds both changes
        retype("3000", "2800");
        submit(By.id("save-body"));
        assertThat(find(By.cssSelector(".alert-success")).getText()).isEqualTo("正文已保存，当前为第 3 版。");
        assertThat(now(browser, By.id("body-conflict"))).isEmpty();
        assertThat(editorText()).isEqualTo("市政府：\n现申请追加预算2800万元，用于防汛物资储备。");
        assertThat(baseVersion()).isEqualTo("3");
        List<WebElement> versions = browser.findElements(By.cssSelector("#body-versions tbody tr"));
        assertThat(versions).hasSize(3);
        assertThat(versions.get(1).getText()).contains(treasury, "会签");
        assertThat(versions.get(2).getText()).contains(assets, "会签");

        // the version history compares word by word too: 1 → 2 is 国库科's sum, 2 → 3 only her addition
        WebElement previous = versions.get(1).findElement(By.linkText("与上一版比较"));
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", previous);
        previous.click();
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("正文比较：第1版 → 第2版");
        WebElement diff = find(By.id("diff"));
        assertThat(texts(diff, "del")).containsExactly("3000");
        assertThat(texts(diff, "ins")).containsExactly("2800");

        new Select(find(By.id("diff-from"))).selectByValue("2");
        new Select(find(By.id("diff-to"))).selectByValue("3");
        submit(By.cssSelector("main form button[type='submit']"));
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("正文比较：第2版 → 第3版");
        diff = find(By.id("diff"));
        assertThat(texts(diff, "del")).isEmpty();
        assertThat(texts(diff, "ins")).containsExactly("，用于防汛物资储备");
        assertThat(diff.getText()).contains("现申请追加预算2800万元");
    }


    /** The version the body form says the editor started from. */
    private String baseVersion() {
        return find(By.cssSelector("#body-form input[name='baseVersion']")).getDomProperty("value");
    }

    /**
     * As a person edits: the words are selected in the editor and the replacement typed over them. Only the selection
     * is made by script; the typing is the keyboard's, so the editor updates its form field as it does for people.
     */
    private void retype(String words, String replacement) {
        editorReady();
        WebElement frame = find(By.id("bodyHtml_ifr"));
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", frame);
        script("""
                const editor = tinymce.get('bodyHtml');
                const walker = editor.getDoc().createTreeWalker(editor.getBody(), NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const at = node.data.indexOf(arguments[0]);
                  if (at >= 0) {
                    editor.focus();
                    const range = editor.dom.createRng();
                    range.setStart(node, at);
                    range.setEnd(node, at + arguments[0].length);
                    editor.selection.setRng(range);
                    return;
                  }
                }
                throw new Error('not in the body: ' + arguments[0]);
                """, words);
        browser.switchTo().frame(frame);
        new Actions(browser).sendKeys(replacement).perform();
        browser.switchTo().defaultContent();
    }

    /** The body as the editor shows it, a line per paragraph. */
    private String editorText() {
        editorReady();
        browser.switchTo().frame(find(By.id("bodyHtml_ifr")));
        try {
            return find(By.id("tinymce")).getText();
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    private static List<String> texts(WebElement within, String css) {
        return within.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }
}
