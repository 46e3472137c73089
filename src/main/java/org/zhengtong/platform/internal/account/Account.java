package org.zhengtong.platform.internal.account;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.zhengtong.platform.Roles;

@Entity
@Table(name = "sec_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private Long personId;
    /** The unit the account belongs to; copied from the person so scopes need no join. */
    private Long unitId;
    private String passwordHash;
    private boolean mustChangePassword = true;
    private Instant passwordChangedAt;
    private boolean enabled = true;
    private int failedAttempts;
    private Instant lockedUntil;
    private String totpSecret;
    private boolean totpEnabled;
    private Long totpLastStep;
    private Instant lastLoginAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_code")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, Long personId, Long unitId, String passwordHash, Instant createdAt) {
        this.username = username;
        this.personId = personId;
        this.unitId = unitId;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.roles.add(Roles.USER);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isAdministrator() {
        return roles.stream().anyMatch(Roles.ADMINISTRATORS::contains);
    }

    /** One of the three administrators (三员), whose accounts only the server's command line recovers. */
    public boolean isSeparatedAdministrator() {
        return roles.stream().anyMatch(Roles.SEPARATED_ADMINISTRATORS::contains);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public Long getPersonId() { return personId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public void setPasswordChangedAt(Instant passwordChangedAt) { this.passwordChangedAt = passwordChangedAt; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public void setFailedAttempts(int failedAttempts) { this.failedAttempts = failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    public void setLockedUntil(Instant lockedUntil) { this.lockedUntil = lockedUntil; }
    public String getTotpSecret() { return totpSecret; }
    public void setTotpSecret(String totpSecret) { this.totpSecret = totpSecret; }
    public boolean isTotpEnabled() { return totpEnabled; }
    public void setTotpEnabled(boolean totpEnabled) { this.totpEnabled = totpEnabled; }
    public Long getTotpLastStep() { return totpLastStep; }
    public void setTotpLastStep(Long totpLastStep) { this.totpLastStep = totpLastStep; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public void setLastLoginAt(Instant lastLoginAt) { this.lastLoginAt = lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getRoles() { return roles; }
    public long getVersion() { return version; }
}
