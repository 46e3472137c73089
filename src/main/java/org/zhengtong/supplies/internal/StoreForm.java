package org.zhengtong.supplies.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A store: its name, the department it belongs to (optional) and its keepers (usernames of the unit's people). */
public record StoreForm(@NotBlank(message = "{supplies.validation.storeName}") @Size(max = 100) String name,
                        Long departmentId, List<String> keepers) {

    public static final String REQUEST_KIND = "supplies-store";
}
