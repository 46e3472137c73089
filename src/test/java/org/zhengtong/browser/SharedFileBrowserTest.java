package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OfficePreviews;
import org.zhengtong.platform.TextPdf;

/**
 * 共享文件 in the browser with the demo accounts: a clerk of 预算科 reaches 共享文件 from the 公共信息 menu, opens
 * 内部指南与问答 (her department may upload there), uploads a picture and sees it previewed on the file's page; a
 * Word file and a PDF she uploads are shown in the page's frame (the Word file as the PDF LibreOffice made of it).
 */
class SharedFileBrowserTest extends BrowserTest {

    @Autowired OfficePreviews officePreviews;
    @Autowired TextPdf textPdf;

    static final String CLERK = "czj.d1.clerk1";

    @Test
    void aClerkUploadsAPictureIntoAFolderAndSeesItsPreview() throws IOException {
        File picture = File.createTempFile("chart", ".png");
        picture.deleteOnExit();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", picture);
        String title = TestUsers.unique("预算编制流程图");

        signIn(CLERK);
        fromMenu("/shared-files");
        clickUncovered(find(By.linkText("内部指南与问答")));
        find(By.id("upload-file")).sendKeys(picture.getAbsolutePath());
        type("upload-title", title);
        press(By.id("upload-submit"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/shared-files/files/\\d+$"));
        assertThat(find(By.id("file-title")).getText()).isEqualTo(title);
        WebElement preview = find(By.id("preview-image"));
        wait(Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", preview)).intValue() == 40);
        assertThat(find(By.cssSelector("#versions .version-row")).getText()).contains("v1");
    }

    @Test
    void aClerkReadsAWordFileAndAPdfInTheirFramedPreviews() throws IOException {
        assumeTrue(officePreviews.previews("x.docx"), "LibreOffice (soffice) is not installed");
        signIn(CLERK);
        for (String name : List.of("办事指南.docx", "办事指南.pdf")) {
            File upload = File.createTempFile("guide", name.substring(name.indexOf('.')));
            upload.deleteOnExit();
            Files.write(upload.toPath(), name.endsWith(".pdf") ? textPdf.render("办事指南", List.of("第一条"))
                    : wordFile("第一条 办事指南"));
            fromMenu("/shared-files");
            clickUncovered(find(By.linkText("内部指南与问答")));
            find(By.id("upload-file")).sendKeys(upload.getAbsolutePath());
            type("upload-title", TestUsers.unique("办事指南"));
            press(By.id("upload-submit"));
            wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/shared-files/files/\\d+$"));

            WebElement frame = find(By.id(name.endsWith(".pdf") ? "preview-pdf" : "preview-office"));
            wait(Duration.ofSeconds(60)).until(d -> "application/pdf".equals(((JavascriptExecutor) d).executeScript(
                    "return arguments[0].contentDocument && arguments[0].contentDocument.contentType", frame)));
        }
    }

    private static byte[] wordFile(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
