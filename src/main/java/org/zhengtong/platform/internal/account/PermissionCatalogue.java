package org.zhengtong.platform.internal.account;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.ModulePermissions;

/** Every permission the modules declare ({@link ModulePermissions}): the platform's first, then by module. */
@Component
public class PermissionCatalogue {

    private final List<ModulePermissions> modules;
    private final Set<String> codes;

    PermissionCatalogue(List<ModulePermissions> declared) {
        Map<String, String> owners = new HashMap<>();
        declared.forEach(module -> module.codes().forEach(code -> {
            String other = owners.putIfAbsent(code, module.module());
            if (other != null) {
                throw new IllegalStateException("Permission " + code + " is declared by both " + other + " and "
                        + module.module());
            }
        }));
        this.modules = declared.stream()
                .sorted(Comparator.comparing((ModulePermissions m) -> !m.module().equals(PlatformPermissions.MODULE))
                        .thenComparing(ModulePermissions::module))
                .toList();
        this.codes = Set.copyOf(owners.keySet());
    }

    public List<ModulePermissions> modules() {
        return modules;
    }

    public boolean declares(String code) {
        return codes.contains(code);
    }

    /** The codes among these that no module declares. */
    Set<String> unknown(Set<String> requested) {
        return requested.stream().filter(code -> !codes.contains(code)).collect(Collectors.toSet());
    }
}
