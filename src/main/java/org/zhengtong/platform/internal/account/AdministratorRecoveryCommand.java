package org.zhengtong.platform.internal.account;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BusinessRuleException;

/**
 * Command-line recovery of the three administrators (三员分立: none of them may reset another's password):
 * {@code java -jar zhengtong.jar --reset-admin-password=auditadmin} prints a new initial password and exits
 * (0 done, 2 not one of the three administrators) instead of serving. Audited with the operating-system user.
 */
@Component
public class AdministratorRecoveryCommand implements ApplicationRunner {

    public static final String OPTION = "reset-admin-password";

    private final AdministratorBootstrap administrators;
    private final MessageSource messages;
    private final ApplicationContext context;

    AdministratorRecoveryCommand(AdministratorBootstrap administrators, MessageSource messages,
                                 ApplicationContext context) {
        this.administrators = administrators;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> usernames = args.getOptionValues(OPTION);
        if (usernames == null) {
            return;
        }
        int code = recover(usernames, System.out);
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    /** Recovers each named administrator and prints the new initial passwords; the exit code. */
    public int recover(List<String> usernames, PrintStream out) {
        if (usernames.isEmpty()) {
            out.println(text("accounts.recovery.usage"));
            return 2;
        }
        String operator = "console:" + System.getProperty("user.name");
        int code = 0;
        for (String username : usernames) {
            try {
                IssuedPassword issued = administrators.recover(username.strip(), operator);
                out.println(text("accounts.recovery.done", issued.username(), issued.initialPassword()));
            } catch (BusinessRuleException e) {
                out.println(text(e.messageKey(), e.arguments()));
                code = 2;
            }
        }
        return code;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
