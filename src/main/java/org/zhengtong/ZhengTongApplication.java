package org.zhengtong;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ZhengTongApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ZhengTongApplication.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.equals("--verify-audit")
                || arg.startsWith("--reset-admin-password"))) {
            // a one-off command (audit chain check, administrator recovery): no web server, no port taken
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
