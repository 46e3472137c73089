package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;

/**
 * Issue 10 item 16: at a phone's 390 px nothing is wider than the screen, list tables are cards rather than columns
 * one character wide, and the process diagram can be enlarged, moved and reset. Screenshots go to
 * target/phone-layout/ for a person to look at.
 */
class PhoneLayoutBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int NARROWEST_CELL = 40;
    private static final Path SCREENSHOTS = Path.of("target", "phone-layout");

    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.manage().deleteAllCookies();
    }

    @Test
    void toDoListDocumentAndAdminListFitAPhoneAndTheDiagramZooms() throws Exception {
        // the office director of 市财政局 has the draft at 办公室核稿 and is the unit's account administrator
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, users);
        var draft = fixtures.draft("czj.d1.clerk1", Urgency.NORMAL, "手机版面请示");
        long id = draft.getId();
        fixtures.sendOn("czj.d1.clerk1", id, StepDecision.opinion("请审核"));
        fixtures.sendOn("czj.d1.chief", id, StepDecision.opinion("同意"));

        signIn("czj.office");
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        assertThat(script("return window.innerWidth")).isEqualTo((long) PHONE_WIDTH);

        open("/todo");
        find(By.cssSelector(".todo-row"));
        assertFitsThePhone("todo");

        open("/admin/accounts");
        assertThat(find(By.cssSelector("#accounts tbody td.zt-name")).getText()).isNotBlank();
        assertFitsThePhone("admin-accounts");

        open("/documents/" + id);
        find(By.id("diagram-viewport"));
        wait(Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(script("return document.getElementById('diagram').complete")));
        assertFitsThePhone("document");
        assertDiagramZoomsAndPans();
    }

    private void assertFitsThePhone(String page) throws Exception {
        screenshot(page);
        long innerWidth = (Long) script("return window.innerWidth");
        assertThat((Long) script("return document.documentElement.scrollWidth"))
                .as("%s: page width at %d px", page, innerWidth).isLessThanOrEqualTo(innerWidth);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> narrowCells = (List<Map<String, Object>>) script("""
                return Array.from(document.querySelectorAll('td'))
                  .filter(td => td.getClientRects().length > 0 && td.textContent.trim() !== '')
                  .filter(td => td.getBoundingClientRect().width < arguments[0])
                  .map(td => ({text: td.textContent.trim(), width: td.getBoundingClientRect().width}));
                """, NARROWEST_CELL);
        assertThat(narrowCells).as("%s: table cells narrower than %d px", page, NARROWEST_CELL).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> brokenNames = (List<String>) script("""
                return Array.from(document.querySelectorAll('td.zt-name'))
                  .filter(td => td.getClientRects().length > 0)
                  .filter(td => { const text = document.createRange(); text.selectNodeContents(td);
                                  return new Set(Array.from(text.getClientRects()).map(r => Math.round(r.top))).size > 1; })
                  .map(td => td.textContent.trim());
                """);
        assertThat(brokenNames).as("%s: names over two lines", page).isEmpty();
    }

    private void assertDiagramZoomsAndPans() throws Exception {
        assertThat(diagramScale()).isEqualTo(1.0);
        double fittedWidth = diagramWidth();
        double fittedHeight = viewportHeight();
        press("diagram-zoom-in");
        press("diagram-zoom-in");
        assertThat(diagramScale()).isGreaterThan(1.5);
        assertThat(diagramWidth()).isGreaterThan(fittedWidth * 1.5);
        assertThat(viewportHeight()).as("the viewport grows with the picture").isGreaterThan(fittedHeight * 1.5);
        screenshot("document-diagram-zoomed");

        // dragging moves the enlarged picture
        double leftBefore = diagramLeft();
        new Actions(browser).moveToElement(find(By.id("diagram-viewport")))
                .clickAndHold().moveByOffset(-60, 0).release().perform();
        assertThat(diagramLeft()).isLessThan(leftBefore - 30);

        press("diagram-zoom-out");
        assertThat(diagramScale()).isLessThan(1.6).isGreaterThan(1.0);
        press("diagram-reset");
        assertThat(diagramScale()).isEqualTo(1.0);

        // the keyboard does the same once the picture has focus
        find(By.id("diagram-viewport")).sendKeys("+");
        assertThat(diagramScale()).isGreaterThan(1.0);
        find(By.id("diagram-viewport")).sendKeys("0");
        assertThat(diagramScale()).isEqualTo(1.0);

        assertThat(find(By.id("diagram-original")).getDomAttribute("target")).isEqualTo("_blank");
    }

    /** Bootstrap scrolls smoothly, so a button below the fold is brought into view at once before the click. */
    private void press(String buttonId) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", find(By.id(buttonId)));
        find(By.id(buttonId)).click();
    }

    private double diagramScale() {
        return Double.parseDouble(find(By.id("diagram-viewport")).getDomAttribute("data-scale"));
    }

    private double diagramWidth() {
        return ((Number) script("return document.getElementById('diagram').getBoundingClientRect().width")).doubleValue();
    }

    private double viewportHeight() {
        return ((Number) script("return document.getElementById('diagram-viewport').clientHeight")).doubleValue();
    }

    private double diagramLeft() {
        return ((Number) script("return document.getElementById('diagram').getBoundingClientRect().left")).doubleValue();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
