package org.zhengtong.platform.internal.account;

import java.time.Clock;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.internal.security.FailedAttempts;
import org.zhengtong.platform.internal.security.Totp;

/** TOTP two-factor login: enrolment by the account holder, and the check of the second step at login. */
@Service
@Transactional
public class TwoFactorService {

    private final AccountRepository accounts;
    private final FailedAttempts failedAttempts;
    private final AuditLog audit;
    private final Clock clock;

    TwoFactorService(AccountRepository accounts, FailedAttempts failedAttempts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.failedAttempts = failedAttempts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts enrolment: a secret that becomes active once confirmed with a code; reloading keeps the secret. */
    public String beginEnrolment(String username) {
        Account account = accounts.findByUsername(username).orElseThrow();
        if (account.isTotpEnabled()) {
            throw new BusinessRuleException("error.totp.alreadyEnabled");
        }
        if (account.getTotpSecret() == null) {
            account.setTotpSecret(Totp.newSecret());
        }
        return account.getTotpSecret();
    }

    public void confirmEnrolment(String username, String code) {
        Account account = accounts.findByUsername(username).orElseThrow();
        if (account.getTotpSecret() == null || account.isTotpEnabled()) {
            throw new BusinessRuleException("error.totp.noEnrolment");
        }
        long step = Totp.matchingStep(account.getTotpSecret(), code, clock.instant(), null);
        if (step < 0) {
            audit.failure("TOTP_ENROL", "account", account.getId(), "wrong code");
            throw new BusinessRuleException("error.totp.wrongCode");
        }
        account.setTotpEnabled(true);
        account.setTotpLastStep(step);
        audit.success("TOTP_ENROL", "account", account.getId(), username);
    }

    /**
     * The second login step; a code is accepted once only. A wrong code counts toward the lockout like a wrong
     * password, and a locked account is refused even the right code ({@link LockedException}).
     */
    public boolean verifyLogin(String username, String code, String ip) {
        Account account = accounts.findByUsername(username).orElseThrow();
        if (account.isLockedAt(clock.instant())) {
            throw new LockedException(username);
        }
        long step = Totp.matchingStep(account.getTotpSecret(), code, clock.instant(), account.getTotpLastStep());
        if (step < 0) {
            if (failedAttempts.count(username, ip, "LOGIN_TOTP", "wrong code")) {
                throw new LockedException(username);
            }
            return false;
        }
        account.setTotpLastStep(step);
        // the login is complete only now: its password did not clear the count (AuthenticationAuditor)
        account.setFailedAttempts(0);
        account.setLastLoginAt(clock.instant());
        audit.success("LOGIN_TOTP", "account", account.getId(), username);
        return true;
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(String username) {
        return accounts.findByUsername(username).map(Account::isTotpEnabled).orElse(false);
    }
}
