package org.zhengtong.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.internal.account.AccountRepository;

/**
 * Records every login, logout and failure in the audit log, counts failed passwords and locks the account for
 * the configured time after the configured number of failures.
 */
@Component
class AuthenticationAuditor {

    private final AccountRepository accounts;
    private final SettingsService settings;
    private final AuditLog audit;
    private final Clock clock;

    AuthenticationAuditor(AccountRepository accounts, SettingsService settings, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.recordLogin(username, clock.instant());
        audit.recordAs(username, ip(event.getAuthentication().getDetails()), "LOGIN", "account", username, true, null);
    }

    @EventListener
    @Transactional
    public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String ip = ip(event.getAuthentication().getDetails());
        if (accounts.incrementFailedAttempts(username) == 0) {
            audit.recordAs(truncate(username), ip, "LOGIN_FAILURE", "account", null, false, "unknown account");
            return;
        }
        SecuritySettings current = settings.current();
        accounts.findByUsername(username).ifPresent(account -> {
            audit.recordAs(username, ip, "LOGIN_FAILURE", "account", username, false,
                    "bad credentials, attempt " + account.getFailedAttempts());
            if (account.getFailedAttempts() >= current.maxFailedLogins()) {
                account.setLockedUntil(clock.instant().plus(Duration.ofMinutes(current.lockoutMinutes())));
                account.setFailedAttempts(0);
                audit.recordAs(username, ip, "ACCOUNT_LOCKED", "account", username, true,
                        "locked for " + current.lockoutMinutes() + " min");
            }
        });
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return;
        }
        String reason = event.getException() instanceof LockedException ? "locked" : event.getException().getClass().getSimpleName();
        audit.recordAs(truncate(event.getAuthentication().getName()), ip(event.getAuthentication().getDetails()),
                "LOGIN_FAILURE", "account", null, false, reason);
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), ip(event.getAuthentication().getDetails()), "LOGOUT",
                "account", event.getAuthentication().getName(), true, null);
    }

    private static String ip(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String truncate(String username) {
        return username == null || username.length() <= 40 ? username : username.substring(0, 40);
    }
}
