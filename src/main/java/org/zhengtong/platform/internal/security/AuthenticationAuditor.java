package org.zhengtong.platform.internal.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.internal.account.AccountRepository;

/**
 * Records every login, logout and failure in the audit log and counts failed passwords toward the lockout
 * ({@link FailedAttempts}). The right password clears the count only when no TOTP code follows it; otherwise the
 * right code does ({@code TwoFactorService}), so that wrong codes add up across logins.
 */
@Component
class AuthenticationAuditor {

    private final AccountRepository accounts;
    private final FailedAttempts failedAttempts;
    private final AuditLog audit;
    private final Clock clock;

    AuthenticationAuditor(AccountRepository accounts, FailedAttempts failedAttempts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.failedAttempts = failedAttempts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String username = authentication.getName();
        if (!(authentication.getPrincipal() instanceof AccountPrincipal principal && principal.totpEnabled())) {
            accounts.recordLogin(username, clock.instant());
        }
        audit.recordAs(username, ip(authentication.getDetails()), "LOGIN", "account", username, true, null);
    }

    @EventListener
    public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String ip = ip(event.getAuthentication().getDetails());
        if (accounts.existsByUsername(username)) {
            failedAttempts.count(username, ip, "LOGIN_FAILURE", "bad credentials");
        } else {
            audit.recordAs(truncate(username), ip, "LOGIN_FAILURE", "account", null, false, "unknown account");
        }
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
