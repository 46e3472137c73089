package org.zhengtong.platform.internal.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record UnitForm(
        @NotBlank(message = "{validation.unit.name}") @Size(max = 100, message = "{validation.size}") String name,
        @Size(max = 30, message = "{validation.size}") String shortName,
        @NotBlank(message = "{validation.unit.code}")
        @Pattern(regexp = "[A-Za-z0-9_-]{2,30}", message = "{validation.unit.codePattern}") String code,
        @NotNull(message = "{validation.required}") UnitKind kind,
        Long parentId,
        int sortOrder) {

    /** What a unit creation request claims its idempotency key for. */
    public static final String REQUEST_KIND = "org.unit";
}
