package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;

/**
 * 退文 in the browser: a 请示 of 市财政局 is issued to 市政府办公室 through the services; there the 机要秘书 refuses
 * it at 签收 — first without a reason, which is refused in the page, then with one. The 收文 shows it refused with
 * the reason, and the drafter at 市财政局 finds the refusal and the reason on her 发文's timeline.
 */
class RefusalBrowserTest extends BrowserTest {

    private static final String REASON = "非本单位职责，请改送市发改委";

    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;

    @Test
    void theReceivingUnitRefusesAtSignInWithAReasonAndTheSenderSeesIt() {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, users);
        var draft = fixtures.draft("czj.d1.clerk1", "退文请示", "<p>市政府：</p><p>现将有关情况请示如下。</p>");
        long outgoing = fixtures.signedOff(draft.getId());
        fixtures.sendOn("czj.secretary", outgoing, StepDecision.opinion(null));
        fixtures.sendOn("czj.secretary", outgoing, StepDecision.opinion(null));
        fixtures.sendOn("czj.secretary", outgoing, StepDecision.opinion(null));
        String title = draft.getTitle();

        signIn("szfb.secretary");
        openFromTodo(title, "签收");
        String incomingPage = path();

        // without a reason the refusal is refused and the document stays at 签收
        refuse();
        assertThat(find(By.id("action-error")).getText()).isEqualTo("请填写原因。");
        assertThat(find(By.cssSelector("#action-panel .card-header")).getText()).contains("签收");
        assertThat(find(By.id("document-status")).getText()).isEqualTo("办理中");

        type("opinion", REASON);
        refuse();
        assertThat(path()).isEqualTo(incomingPage);
        assertThat(find(By.cssSelector(".alert-success")).getText())
                .isEqualTo("已退文，来文单位可在其发文中看到理由。");
        assertThat(find(By.id("document-status")).getText()).isEqualTo("已退文");
        assertThat(now(browser, By.id("action-panel"))).isEmpty();
        assertThat(find(By.id("timeline")).getText()).contains("签收", REASON);
        logout();

        // the drafter opens her 发文 from 我发起的: the refusal, the unit and the reason are on its timeline
        signIn("czj.d1.clerk1");
        find(By.xpath("//a[@href='/todo']")).click();
        find(By.xpath("//ul[@id='todo-tabs']//a[contains(@href,'tab=started')]")).click();
        find(By.xpath("//tr[contains(@class,'todo-row')]//a[contains(@class,'todo-title') and normalize-space()='"
                + title + "']")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/documents/" + outgoing + "$"));
        assertThat(timelineSteps()).contains("分发", "退文");
        assertThat(find(By.id("timeline")).getText())
                .contains("市政府办公室：" + REASON, directory.nameOf("szfb.secretary"));
        logout();
    }

    /** Opens 退文 under the action panel and presses its button; the page comes back. */
    private void refuse() {
        find(By.xpath("//details[.//button[@id='refuse-button']]/summary")).click();
        submit(By.id("refuse-button"));
    }
}
