package org.zhengtong.platform.internal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A business role: its code (fixed once created), its name and its permission codes ({@link PermissionCatalogue}). */
public record RoleForm(
        @NotBlank(message = "{validation.role.code}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{validation.role.codePattern}") String code,
        @NotBlank(message = "{validation.role.name}") @Size(max = 50, message = "{validation.size}") String name,
        @NotNull(message = "{validation.required}") Set<String> permissions) {

    /** What a role creation request claims its idempotency key for. */
    public static final String REQUEST_KIND = "security.role";
}
