package org.zhengtong.platform.internal.account;

import jakarta.persistence.*;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@Entity
@Table(name = "sec_role")
public class Role {

    @Id
    private String code;
    private String name;
    private boolean builtIn;
    /** Comma-separated permission codes, as the modules declare them ({@link PermissionCatalogue}). */
    private String permissions;

    @Version
    private long version;

    protected Role() {
    }

    public Role(String code, String name, Collection<String> permissions) {
        this.code = code;
        this.name = name;
        setPermissions(permissions);
    }

    public Set<String> permissionSet() {
        return Arrays.stream(permissions.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void setPermissions(Collection<String> permissionCodes) {
        this.permissions = String.join(",", new TreeSet<>(permissionCodes));
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isBuiltIn() { return builtIn; }
    public String getPermissions() { return permissions; }
    public long getVersion() { return version; }
}
