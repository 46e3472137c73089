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
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Roles;
import org.zhengtong.platform.internal.security.InitialPasswords;

/**
 * First run: an empty database gets the three separate administrators (系统/安全/审计管理员) and nothing else.
 * Their initial passwords are printed once to the console and must be changed at first login. Later, since none of
 * them may manage another's account, a lost password is recovered here too, from the server's command line.
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

    /**
     * Recovery of one of the three administrators: a new initial password (to be changed at the next login), the
     * account enabled and unlocked, and its TOTP enrolment cleared so a lost authenticator is recovered too.
     * {@code operator} names who ran it on the server, for the audit log.
     */
    @Transactional
    public IssuedPassword recover(String username, String operator) {
        Account account = accounts.findByUsername(username).filter(Account::isSeparatedAdministrator).orElse(null);
        if (account == null) {
            audit.recordAs(operator, null, "ACCOUNT_PASSWORD_RECOVER", "account", null, false,
                    "not one of the three administrators: " + username);
            throw new BusinessRuleException("error.account.notRecoverable", username);
        }
        String password = initialPasswords.generate();
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(true);
        account.setEnabled(true);
        account.setFailedAttempts(0);
        account.setLockedUntil(null);
        account.setTotpEnabled(false);
        account.setTotpSecret(null);
        account.setTotpLastStep(null);
        audit.recordAs(operator, null, "ACCOUNT_PASSWORD_RECOVER", "account", account.getId(), true,
                username + ": new initial password, enabled, unlocked, TOTP cleared (server command line)");
        return new IssuedPassword(account.getId(), username, password);
    }
}
