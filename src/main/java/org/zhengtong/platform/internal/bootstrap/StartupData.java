package org.zhengtong.platform.internal.bootstrap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.internal.account.AdministratorBootstrap;
import org.zhengtong.platform.internal.account.AdministratorRecoveryCommand;

/**
 * On start: the three administrators on an empty database, and the demo city when {@code zhengtong.demo=true}; neither
 * when the application runs a command-line mode instead of serving.
 */
@Component
@Order(0)
class StartupData implements ApplicationRunner {

    private final AdministratorBootstrap administrators;
    private final DemoCity demoCity;
    private final boolean demo;

    StartupData(AdministratorBootstrap administrators, DemoCity demoCity, PlatformProperties properties) {
        this.administrators = administrators;
        this.demoCity = demoCity;
        this.demo = properties.demo();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(AdministratorRecoveryCommand.OPTION)) {
            return;
        }
        administrators.createAdministratorsIfEmpty(demo ? DemoCity.PASSWORD : null);
        if (demo) {
            demoCity.loadIfEmpty();
        }
    }
}
