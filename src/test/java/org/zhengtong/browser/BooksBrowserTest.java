package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.platform.OrgDirectory;

/**
 * 图书资料 in the browser with the demo accounts: 市财政局's librarian lends 预算法释义 to a clerk of 资产管理科 from the
 * book's page; the clerk sees it among her loans; the librarian takes it back and it is in again, in its history.
 */
class BooksBrowserTest extends BrowserTest {

    static final String LIBRARIAN = "czj.secretary";
    static final String READER = "czj.d3.clerk2";
    static final String TITLE = "预算法释义";

    @Autowired OrgDirectory directory;

    @Test
    void aBookIsLentAndReturned() {
        signIn(LIBRARIAN);
        open("/books");
        clickUncovered(find(By.xpath("//table[@id='catalogue']//a[normalize-space()='" + TITLE + "']")));
        wait(java.time.Duration.ofSeconds(10)).until(d -> path().matches("/books/\\d+"));
        String book = path();
        WebElement row = find(By.cssSelector("tr.copy-row"));
        String copyRow = row.getAttribute("id");
        new Select(row.findElement(By.name("reader"))).selectByVisibleText(directory.nameOf(READER));
        press(By.cssSelector("#" + copyRow + " button.lend"));
        assertThat(find(By.id(copyRow)).getText()).contains(directory.nameOf(READER));
        logout();

        signIn(READER);
        open("/books/loans");
        assertThat(find(By.id("my-loans")).getText()).contains(TITLE);
        logout();

        signIn(LIBRARIAN);
        open(book);
        press(By.cssSelector("#" + copyRow + " button.give-back"));
        assertThat(find(By.id(copyRow)).getText()).contains("在馆");
        assertThat(find(By.id("history")).getText()).contains(directory.nameOf(READER));
        logout();
    }
}
