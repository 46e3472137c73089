package org.zhengtong.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;

/**
 * One lockout for every secret an account is asked for: a wrong password at login, a wrong TOTP code and a wrong
 * current password on the password-change page all count, and the configured number of them locks the account for
 * the configured minutes. Counted in a transaction of its own, so the refusal that follows cannot roll it back.
 */
@Component
public class FailedAttempts {

    private final AccountRepository accounts;
    private final SettingsService settings;
    private final AuditLog audit;
    private final Clock clock;

    FailedAttempts(AccountRepository accounts, SettingsService settings, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records one wrong secret of an existing account in the audit log as a failed {@code action} and counts it;
     * true when the account is locked now.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean count(String username, String ip, String action, String reason) {
        accounts.incrementFailedAttempts(username);
        Account account = accounts.findByUsername(username).orElseThrow();
        audit.recordAs(username, ip, action, "account", username, false,
                reason + ", attempt " + account.getFailedAttempts());
        SecuritySettings current = settings.current();
        if (account.getFailedAttempts() >= current.maxFailedLogins()) {
            account.setLockedUntil(clock.instant().plus(Duration.ofMinutes(current.lockoutMinutes())));
            account.setFailedAttempts(0);
            audit.recordAs(username, ip, "ACCOUNT_LOCKED", "account", username, true,
                    "locked for " + current.lockoutMinutes() + " min");
        }
        return account.isLockedAt(clock.instant());
    }
}
