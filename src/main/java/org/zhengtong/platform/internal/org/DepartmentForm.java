package org.zhengtong.platform.internal.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DepartmentForm(
        @NotNull(message = "{validation.required}") Long unitId,
        @NotBlank(message = "{validation.department.name}") @Size(max = 100, message = "{validation.size}") String name,
        int sortOrder,
        Long headPersonId,
        Long leaderPersonId) {

    /** What a department creation request claims its idempotency key for. */
    public static final String REQUEST_KIND = "org.department";
}
