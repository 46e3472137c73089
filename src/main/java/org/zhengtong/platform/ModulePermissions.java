package org.zhengtong.platform;

import java.util.List;

/**
 * The permissions a module brings, declared as a bean of the module, so a new module adds its permissions without
 * editing a central list. Roles are built from them; the security administrator's role page lists them under the
 * module's name. The names are texts of the module's message bundle: {@code permission.module.<module>} for the
 * module and {@code permission.<code>} for each permission, in Chinese (and English). A code is what
 * {@code @PreAuthorize("hasAuthority('<code>')")} and {@link CurrentUser#can} check; it is stored in roles, so it
 * never changes once released.
 *
 * @param module the module's name, as in its package ({@code archive})
 * @param codes  the permission codes, in the order the page lists them; unique across all modules
 */
public record ModulePermissions(String module, List<String> codes) {

    public ModulePermissions {
        codes = List.copyOf(codes);
    }
}
