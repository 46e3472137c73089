package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhengtong.TestUsers;

/**
 * 共享文件 in the browser with the demo accounts: a clerk of 预算科 reaches 共享文件 from the 公共信息 menu, opens
 * 内部指南与问答 (her department may upload there), uploads a picture and sees it previewed on the file's page.
 */
class SharedFileBrowserTest extends BrowserTest {

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
}
