package org.zhengtong.platform.internal.security;

import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhengtong.platform.CurrentUser;

/** The logged-in account as Spring Security sees it: roles become ROLE_x, permissions stay as they are. */
public class AccountPrincipal implements UserDetails {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;
    private final boolean mustChangePassword;
    private final boolean totpEnabled;
    private final boolean administrator;

    public AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked,
                            boolean mustChangePassword, boolean totpEnabled, boolean administrator) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.mustChangePassword = mustChangePassword;
        this.totpEnabled = totpEnabled;
        this.administrator = administrator;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public boolean administrator() {
        return administrator;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Stream.concat(user.roles().stream().map(r -> "ROLE_" + r), user.permissions().stream())
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    // Sessions are keyed by principal: equal usernames mean the same account (max sessions per account).
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && other.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }
}
