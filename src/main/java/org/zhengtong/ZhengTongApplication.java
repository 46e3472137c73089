package org.zhengtong;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhengtong.platform.BackupCommand;

@SpringBootApplication
@EnableScheduling
public class ZhengTongApplication {

    public static void main(String[] args) {
        if (BackupCommand.requested(args)) {
            System.exit(BackupCommand.run(ZhengTongApplication.class, args));
        }
        SpringApplication application = new SpringApplication(ZhengTongApplication.class);
        if (Arrays.asList(args).contains("--verify-audit")) {
            // a one-off check of the audit chain: no web server, no port taken
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
