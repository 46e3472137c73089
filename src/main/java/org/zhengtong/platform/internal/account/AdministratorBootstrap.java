package org.zhengtong.platform.internal.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.internal.security.InitialPasswords;

/**
 * First run: an empty database gets the three separate administrators (系统/安全/审计管理员) and nothing else.
 * Their initial passwords are printed once to the console and must be changed at first login.
 */
@Service
public class AdministratorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    /** Username → built-in role. */
    public static final Map<String, String> ADMINISTRATORS = new LinkedHashMap<>();

    static {
        ADMINISTRATORS.put("sysadmin", Roles.SYSTEM_ADMIN);
        ADMINISTRATORS.put("secadmin", Roles.SECURITY_ADMIN);
        ADMINISTRATORS.put("auditadmin", Roles.AUDIT_ADMIN);
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final InitialPasswords initialPasswords;
    private final AuditLog audit;
    private final Clock clock;

    AdministratorBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder,
                           InitialPasswords initialPasswords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.initialPasswords = initialPasswords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the administrators if there are no accounts at all; returns username → initial password.
     * The demo city passes its documented password instead of random ones.
     */
    @Transactional
    public Map<String, String> createAdministratorsIfEmpty(String fixedPassword) {
        Map<String, String> issued = new LinkedHashMap<>();
        if (accounts.count() > 0) {
            return issued;
        }
        ADMINISTRATORS.forEach((username, role) -> {
            String password = fixedPassword != null ? fixedPassword : initialPasswords.generate();
            Account account = new Account(username, null, null, passwordEncoder.encode(password), clock.instant());
            account.getRoles().add(role);
            accounts.save(account);
            audit.success("ACCOUNT_CREATE", "account", account.getId(), username + " (" + role + ", first run)");
            issued.put(username, password);
        });
        StringBuilder banner = new StringBuilder("\n================ 首次启动：管理员初始密码（仅显示一次，首次登录须修改） ================\n");
        issued.forEach((username, password) -> banner.append(String.format("  %-12s %s%n", username, password)));
        banner.append("==========================================================================================");
        log.warn(banner.toString());
        return issued;
    }
}
