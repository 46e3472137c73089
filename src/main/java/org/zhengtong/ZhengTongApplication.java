package org.zhengtong;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhengtong.platform.AuditVerifyCommand;
import org.zhengtong.platform.BackupCommand;

@SpringBootApplication
@EnableScheduling
public class ZhengTongApplication {

    public static void main(String[] args) {
        // the audit check reads only: a small context of its own that runs beside a running application
        if (AuditVerifyCommand.requested(args)) {
            System.exit(AuditVerifyCommand.run(args));
        }
        // backup and restore work on the database and the file store with a context of their own
        if (BackupCommand.requested(args)) {
            System.exit(BackupCommand.run(ZhengTongApplication.class, args));
        }
        SpringApplication application = new SpringApplication(ZhengTongApplication.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--reset-admin-password")
                || arg.equals("--rebuild-todo"))) {
            // administrator recovery and the to-do table's rebuild work through the application's services:
            // no web server, no port
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
