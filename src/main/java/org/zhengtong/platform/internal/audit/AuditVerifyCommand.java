package org.zhengtong.platform.internal.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Command-line verification: {@code java -jar zhengtong.jar --verify-audit} checks the chain, prints the result
 * and exits (0 intact, 3 broken) instead of serving.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

    private final AuditVerifier verifier;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditVerifier verifier, ApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("verify-audit")) {
            return;
        }
        AuditVerifier.Result result = verifier.verify();
        String message = describe(result);
        log.info(message);
        System.out.println(message);
        int code = result.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    static String describe(AuditVerifier.Result result) {
        if (result.intact()) {
            return "审计日志完整：已校验 " + result.checked() + " 条记录 (audit chain intact)";
        }
        return result.problem() == AuditVerifier.Problem.ALTERED
                ? "审计日志被篡改：第 " + result.firstBadSeq() + " 条记录被修改 (record altered)"
                : "审计日志被篡改：自第 " + result.firstBadSeq() + " 条起有记录被删除 (records removed)";
    }
}
