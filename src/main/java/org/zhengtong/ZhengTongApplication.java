package org.zhengtong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhengtong.platform.AuditVerifyCommand;

@SpringBootApplication
@EnableScheduling
public class ZhengTongApplication {

    public static void main(String[] args) {
        // one-off commands run in a small context of their own and exit instead of serving
        if (AuditVerifyCommand.requested(args)) {
            System.exit(AuditVerifyCommand.run(args));
        }
        SpringApplication.run(ZhengTongApplication.class, args);
    }
}
