package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.AsUser;
import org.zhengtong.contacts.internal.ContactForm;
import org.zhengtong.contacts.internal.MyContacts;
import org.zhengtong.mail.internal.MailFolders;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.mail.internal.MailService.Composition;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.presence.internal.AbsenceForm;
import org.zhengtong.presence.internal.AbsenceKind;
import org.zhengtong.presence.internal.AbsenceService;

/**
 * Stored scripts in the personal office's text fields — a mail's subject and body, a mail folder's name, a contact's
 * name and group, an absence's reason and destination — never run in the pages that show them: each payload would
 * set {@code window.ztXss} if it ran, and each page shows it as text.
 */
class StoredScriptBrowserTest extends BrowserTest {

    /** 47 characters: fits a folder name (50). */
    static final String PAYLOAD = "<svg onload=ztXss=1><img src=x onerror=ztXss=1>";

    @Autowired PlatformFixtures platform;
    @Autowired AsUser as;
    @Autowired MailService mail;
    @Autowired MailFolders folders;
    @Autowired MyContacts contacts;
    @Autowired AbsenceService absences;
    @Autowired Clock clock;

    @Test
    void scriptsStoredInPersonalOfficeFieldsNeverRun() {
        Team team = platform.newTeam();
        as.call(team.clerk2(), () -> mail.send(null, new Composition(PAYLOAD + "来信",
                "<p>正文" + PAYLOAD + "<a href=\"javascript:ztXss=1\">点我</a><script>ztXss=1</script></p>",
                List.of("person:" + team.clerk()), List.of(), List.of(), List.of(), null)));
        as.call(team.clerk(), () -> {
            folders.create(PAYLOAD, null);
            long group = contacts.createGroup(PAYLOAD).getId();
            return contacts.create(new ContactForm(PAYLOAD, PAYLOAD, null, null, null, null, null, PAYLOAD,
                    List.of(group)));
        });
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        absences.register(team.clerk2(), new AbsenceForm(AbsenceKind.OUT, now, now.plusHours(3), PAYLOAD, PAYLOAD,
                null, null));

        login(team.clerk(), PlatformFixtures.PASSWORD);
        wait(Duration.ofSeconds(10)).until(d -> !path().equals("/login"));
        for (String page : List.of("/", "/mail", "/contacts/mine", "/presence/department")) {
            open(page);
            assertThat(find(By.tagName("main")).getText()).as(page).contains(PAYLOAD);
            assertNothingRan(page);
        }
        open("/mail");
        find(By.xpath("//table[@id='mail-list']//a[contains(., '来信')]")).click();
        assertThat(find(By.id("mail-subject")).getText()).isEqualTo(PAYLOAD + "来信");
        assertThat(now(find(By.id("mail-body")), By.cssSelector("script, svg, img[onerror], a[href^='javascript']")))
                .as("what the sanitiser leaves of the body").isEmpty();
        now(find(By.id("mail-body")), By.linkText("点我")).forEach(link -> link.click());
        assertNothingRan("the mail and its link");
    }

    private void assertNothingRan(String where) {
        Object ran = ((JavascriptExecutor) browser).executeScript("return window.ztXss === undefined ? null : window.ztXss;");
        assertThat(ran).as("a stored script ran on %s", where).isNull();
    }
}
