package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.TestUsers;

/**
 * 人事管理 in the browser: 市财政局's personnel office (the office clerk) creates a record with its photo; a colleague
 * of 预算科 finds it by name in the combined query and opens it, seeing the photo and the title but not the ID number.
 */
class PersonnelBrowserTest extends BrowserTest {

    static final String OFFICE = "czj.clerk";
    static final String COLLEAGUE = "czj.d1.clerk1";

    @Test
    void theOfficeCreatesARecordWithAPhotoAndAColleagueFindsItWithoutTheIdNumber() throws Exception {
        String name = TestUsers.unique("浏览器");
        // a valid GB 11643 number of a man born on 1986-03-15, new in this run
        String first17 = "43100219860315" + String.format("%03d", (int) (System.nanoTime() % 500) * 2 + 1);
        String idNumber = first17 + check(first17);
        File photo = File.createTempFile("face", ".png");
        photo.deleteOnExit();
        ImageIO.write(new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB), "png", photo);

        signIn(OFFICE);
        open("/personnel");
        find(By.id("new-record")).click();
        new Select(find(By.id("departmentId"))).selectByVisibleText("预算科");
        type("name", name);
        type("idNumber", idNumber);
        new Select(find(By.id("education"))).selectByVisibleText("大学本科");
        type("title", "会计师");
        type("phone", "13973507777");
        submit(By.id("save-record"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/personnel/\\d+$"));
        String record = path();
        assertThat(find(By.id("f-ID_NUMBER")).getText()).isEqualTo(idNumber);
        assertThat(find(By.id("f-BIRTH_DATE")).getText()).isEqualTo("1986-03-15");
        assertThat(find(By.id("f-SEX")).getText()).isEqualTo("男");
        find(By.id("photo")).sendKeys(photo.getAbsolutePath());
        submit(By.id("upload-photo"));
        assertThat(find(By.cssSelector(".alert-success")).getText()).contains("照片已保存");
        assertThat(find(By.id("record-photo")).getAttribute("src")).endsWith(record + "/photo");
        logout();

        signIn(COLLEAGUE);
        open("/personnel");
        type("name", name);
        submit(By.id("query-submit"));
        find(By.linkText(name)).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + record + "$"));
        assertThat(find(By.id("record-name")).getText()).isEqualTo(name);
        assertThat(find(By.id("f-TITLE")).getText()).isEqualTo("会计师");
        assertThat(find(By.id("f-ID_NUMBER")).getText()).isEqualTo("保密");
        assertThat(browser.getPageSource()).doesNotContain(idNumber);
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 60;", find(By.id("record-photo"))))
                .isTrue();
        assertThat(now(browser, By.id("edit-record"))).isEmpty();
        Files.deleteIfExists(photo.toPath());
    }

    private static char check(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
