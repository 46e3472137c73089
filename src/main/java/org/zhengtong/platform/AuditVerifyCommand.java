package org.zhengtong.platform;

import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.zhengtong.platform.internal.audit.AuditRecord;
import org.zhengtong.platform.internal.audit.AuditVerifier;

/**
 * Command-line verification: {@code java -jar zhengtong.jar --verify-audit} checks the chain, prints the result and
 * exits: 0 intact, 3 altered or removed records, 1 when the chain cannot be read (no database, no audit tables).
 * <p>
 * It runs in a context of its own holding only the database connection and the audit tables: no web server, no
 * sessions, no scheduler, no workflow engine, no search index writer, and no migration (it reads, never changes the
 * database). So it runs on an empty database and beside a running application.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@EntityScan(basePackageClasses = AuditRecord.class)
@EnableJpaRepositories(basePackageClasses = AuditRecord.class)
@Import(AuditVerifier.class)
public class AuditVerifyCommand {

    public static final String OPTION = "--verify-audit";
    private static final int INTACT = 0, UNREADABLE = 1, BROKEN = 3;

    private AuditVerifyCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /** Verifies and prints the result; returns the process exit code. */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditVerifyCommand.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // the entity classes are checked by reading; the schema is the running application's business
                .properties("spring.jpa.hibernate.ddl-auto=none")
                .run(args)) {
            AuditVerifier.Result result = context.getBean(AuditVerifier.class).verify();
            System.out.println(describe(result));
            return result.intact() ? INTACT : BROKEN;
        } catch (DataAccessException e) {
            System.out.println("无法读取审计日志（数据库未初始化或无法连接）(audit log unreadable): "
                    + e.getMostSpecificCause().getMessage());
            return UNREADABLE;
        }
    }

    private static String describe(AuditVerifier.Result result) {
        if (result.intact()) {
            return "审计日志完整：已校验 " + result.checked() + " 条记录 (audit chain intact)";
        }
        return result.problem() == AuditVerifier.Problem.ALTERED
                ? "审计日志被篡改：第 " + result.firstBadSeq() + " 条记录被修改 (record altered)"
                : "审计日志被篡改：自第 " + result.firstBadSeq() + " 条起有记录被删除 (records removed)";
    }
}
