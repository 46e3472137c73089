package org.zhengtong.accountrequest.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The application form; {@code position} is a position code of the organization. */
public record ApplicationForm(
        @NotNull(message = "{validation.required}") Long unitId,
        Long departmentId,
        @NotBlank(message = "{validation.person.name}") @Size(max = 50, message = "{validation.size}") String applicantName,
        @NotBlank(message = "{validation.required}") String position,
        @Pattern(regexp = "^$|[0-9+\\-() ]{5,30}", message = "{validation.phone}") String phone,
        @NotBlank(message = "{validation.application.reason}") @Size(max = 500, message = "{validation.size}") String reason,
        @NotBlank(message = "{validation.account.username}")
        @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_.]{2,39}", message = "{validation.account.usernamePattern}") String requestedUsername) {
}
