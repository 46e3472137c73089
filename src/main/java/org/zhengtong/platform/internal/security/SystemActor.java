package org.zhengtong.platform.internal.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.Roles;

/**
 * Runs start-up work (first-run administrators, the demo city) as the "system" actor with the system
 * administrator's powers, so it goes through the same services, checks and audit log as a person would.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        CurrentUser system = new CurrentUser(0, "system", null, "system", null, null, Clearance.NONE,
                Set.of(Roles.SYSTEM_ADMIN),
                Set.of("ORG_MANAGE", "ACCOUNT_MANAGE", "UNIT_ADMIN_MANAGE", "APPLICATION_DECIDE", "CLEARANCE_MANAGE"),
                null);
        AccountPrincipal principal = new AccountPrincipal(system, "", true, true, false, false, true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
