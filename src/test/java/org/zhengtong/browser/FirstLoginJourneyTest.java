package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.IssuedPassword;

/**
 * A new unit administrator of 市财政局: logs in with the initial password, is made to change it, creates a
 * department and a person in it, and logs out.
 */
class FirstLoginJourneyTest extends BrowserTest {

    @Autowired PlatformFixtures fixtures;

    @Test
    void firstLoginThenDepartmentAndPersonThenLogout() {
        IssuedPassword issued = fixtures.newUnitAdministratorWithInitialPassword();
        login(issued.username(), issued.initialPassword());
        assertThat(path()).isEqualTo("/account/password");
        assertThat(find(By.tagName("main")).getText()).contains("请先设置新密码");

        // anything else stays closed until the password is changed
        open("/admin/org");
        assertThat(path()).isEqualTo("/account/password");

        type("currentPassword", issued.initialPassword());
        type("newPassword", "lowercaseonly");
        type("confirmation", "lowercaseonly");
        submit(By.id("password-submit"));
        assertThat(find(By.id("password-error")).getText()).contains("至少三类");

        type("currentPassword", issued.initialPassword());
        type("newPassword", "Journey#2026");
        type("confirmation", "Journey#2026");
        submit(By.id("password-submit"));
        assertThat(path()).isEqualTo("/");
        assertThat(find(By.tagName("body")).getText()).contains("密码已修改");

        open("/admin/org");
        assertThat(find(By.tagName("main")).getText()).contains("市财政局");
        String department = TestUsers.unique("政策法规科");
        find(By.partialLinkText("新建科室")).click();
        type("name", department);
        submit(By.id("department-save"));
        assertThat(find(By.tagName("main")).getText()).contains(department);

        String person = "测试" + TestUsers.unique("");
        find(By.partialLinkText("新建人员")).click();
        type("name", person);
        new Select(find(By.id("departmentId"))).selectByVisibleText(department);
        submit(By.id("person-save"));
        assertThat(find(By.tagName("main")).getText()).contains(person);

        logout();
        assertThat(find(By.tagName("body")).getText()).contains("您已安全退出");
        login(issued.username(), "Journey#2026");
        assertThat(path()).isEqualTo("/");
    }
}
