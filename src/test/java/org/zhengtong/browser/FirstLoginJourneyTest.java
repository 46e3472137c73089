package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.IssuedPassword;

/** A new account: log in with the initial password, be made to change it, use the console, log out. */
class FirstLoginJourneyTest extends BrowserTest {

    @Autowired PlatformFixtures fixtures;

    @Test
    void firstLoginChangesTheInitialPassword() {
        IssuedPassword issued = fixtures.newAccountWithInitialPassword();
        login(issued.username(), issued.initialPassword());
        assertThat(path()).isEqualTo("/account/password");
        assertThat(find(By.tagName("main")).getText()).contains("请先设置新密码");

        type("currentPassword", issued.initialPassword());
        type("newPassword", "weak");
        type("confirmation", "weak");
        // the browser's own minlength check keeps a too-short password from being sent
        find(By.id("password-submit")).click();
        assertThat(path()).isEqualTo("/account/password");

        type("currentPassword", issued.initialPassword());
        type("newPassword", "Journey#2026");
        type("confirmation", "Journey#2026");
        find(By.id("password-submit")).click();
        assertThat(path()).isEqualTo("/");
        assertThat(find(By.tagName("body")).getText()).contains("密码已修改");

        logout();
        assertThat(find(By.tagName("body")).getText()).contains("您已安全退出");
        login(issued.username(), "Journey#2026");
        assertThat(path()).isEqualTo("/");
    }
}
