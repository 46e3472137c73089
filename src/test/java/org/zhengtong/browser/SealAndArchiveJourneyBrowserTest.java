package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;

/**
 * Issue 4 in the browser: a 请示 of 市财政局 is brought to 用印 through the services (the earlier steps are the
 * document journey's); then, as people would, 市财政局's 机要秘书 applies the unit's seal at 用印 and downloads the
 * sealed 公文; a visitor without an account verifies it on the open verification page and sees a file with one
 * byte changed fail; once the document is finished the unit's 办公室主任 archives it, finds it in the archive by its
 * 文号 and opens the item with its 件号 and 档号.
 */
class SealAndArchiveJourneyBrowserTest extends BrowserTest {

    private static final String SEAL_NAME = "市财政局公章";

    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;

    private Path workDir;

    @AfterEach
    void removeFiles() throws Exception {
        if (workDir != null) {
            try (var files = Files.list(workDir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(workDir);
        }
    }

    @Test
    void theSecretarySealsAVisitorVerifiesAndTheArchivistArchivesAndFindsIt() throws Exception {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, users);
        var draft = fixtures.draft("czj.d1.clerk1", Urgency.NORMAL, "用印归档请示");
        long id = draft.getId();
        String title = draft.getTitle();
        fixtures.sendOn("czj.d1.clerk1", id, StepDecision.opinion("请审核"));
        fixtures.sendOn("czj.d1.chief", id, StepDecision.opinion("同意"));
        fixtures.sendOn("czj.office", id, new StepDecision("请签发", List.of(), "czj.head", null, List.of(), List.of()));
        fixtures.sendOn("czj.head", id, StepDecision.opinion("同意，印发"));
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null));
        String documentNumber = fixtures.as("czj.secretary", () -> documents.read(id).getDocumentNumber());
        assertThat(documentNumber).startsWith("财预〔");

        // 用印 in the browser by the seal's custodian, then the sealed 公文 downloaded in the same session
        signIn("czj.secretary");
        openFromTodo(title, "用印");
        sendOn(null);
        assertThat(path()).isEqualTo("/documents/" + id);
        assertThat(find(By.id("document-sealed")).getText()).contains("已加盖电子印章");
        HttpResponse<byte[]> download = get(find(By.id("official-pdf")).getDomProperty("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        byte[] sealed = download.body();
        assertThat(new String(sealed, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        logout();

        // anyone verifies the file on the open page: valid with the unit's seal; one changed byte breaks it
        workDir = Files.createTempDirectory("zt-seal-journey");
        Path original = Files.write(workDir.resolve("sealed.pdf"), sealed);
        Path tampered = Files.write(workDir.resolve("tampered.pdf"), oneByteChanged(sealed));

        open("/verify");
        upload(original);
        WebElement verdict = find(By.id("verify-verdict"));
        assertThat(verdict.getDomAttribute("class")).contains("alert-success");
        assertThat(verdict.getText()).contains("全部签章有效");
        WebElement signature = find(By.cssSelector("#verify-signatures tbody tr"));
        assertThat(signature.getText()).contains(SEAL_NAME).contains("市财政局");
        assertThat(signature.findElement(By.cssSelector(".verify-trust")).getText()).isEqualTo("本系统印章");
        assertThat(signature.findElement(By.cssSelector(".verify-result")).getText()).isEqualTo("有效");

        upload(tampered);
        verdict = find(By.id("verify-verdict"));
        assertThat(verdict.getDomAttribute("class")).contains("alert-danger");
        assertThat(verdict.getText()).doesNotContain("全部签章有效");
        assertThat(find(By.cssSelector("#verify-signatures .verify-result")).getText()).startsWith("内容已被修改");

        // 分发 finishes the document (the step itself is the document journey's)
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null));

        // the unit's archivist archives it as an item, finds it by its 文号 and opens it
        signIn("czj.office");
        open("/archive/candidates");
        WebElement choice = find(By.xpath("//table[@id='candidates']//tr[td/label[normalize-space()='" + title + "']]"
                + "//input[@type='checkbox']"));
        choice.click();
        assertThat(choice.isSelected()).isTrue();
        submit(By.id("archive-submit"));
        String archivalCode = find(By.cssSelector("#archived .badge")).getText();
        assertThat(archivalCode).matches(".+-\\d{4}");
        assertThat(now(browser, By.xpath("//table[@id='candidates']//label[normalize-space()='" + title + "']")))
                .isEmpty();

        fromMenu("/archive");
        type("s-number", documentNumber);
        submit(By.cssSelector("#archive-search button[type='submit']"));
        WebElement row = find(By.xpath("//table[@id='archive-results']//tr[td[normalize-space()='" + title + "']]"));
        assertThat(row.getText()).contains(documentNumber);
        WebElement link = row.findElement(By.linkText(archivalCode));
        link.click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(link));
        assertThat(path()).matches("/archive/items/\\d+");
        assertThat(find(By.id("archival-code")).getText()).isEqualTo(archivalCode);
        String itemNumber = find(By.id("item-number")).getText();
        assertThat(itemNumber).matches("\\d{4}");
        assertThat(archivalCode).endsWith("-" + itemNumber);
        assertThat(find(By.id("metadata")).getText()).contains(title).contains(documentNumber);
        logout();
    }

    /** Chooses the file on the verification page and submits it; the report comes back on the page. */
    private void upload(Path file) {
        find(By.cssSelector("#verify-form input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        submit(By.cssSelector("#verify-form button[type='submit']"));
        find(By.id("verify-report"));
    }

    /** The address fetched with the browser's session, as the download would be. */
    private HttpResponse<byte[]> get(String address) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A copy with one byte changed inside the signed range: in the binary comment after the PDF header. */
    private static byte[] oneByteChanged(byte[] pdf) {
        int lineEnd = 0;
        while (pdf[lineEnd] != '\n' && pdf[lineEnd] != '\r') {
            lineEnd++;
        }
        while (pdf[lineEnd] == '\n' || pdf[lineEnd] == '\r') {
            lineEnd++;
        }
        // "%" then (by convention) four bytes above 127: change the first of them
        int position = pdf[lineEnd] == '%' ? lineEnd + 1 : 7;
        byte[] changed = pdf.clone();
        changed[position] = (byte) (changed[position] ^ 0x01);
        return changed;
    }
}
