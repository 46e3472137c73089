package org.zhengtong.platform.internal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record AccountForm(
        @NotBlank(message = "{validation.account.username}")
        @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_.]{2,39}", message = "{validation.account.usernamePattern}") String username,
        @NotNull(message = "{validation.required}") Long personId,
        boolean unitAdmin) {

    /** What an account creation request claims its idempotency key for. */
    public static final String REQUEST_KIND = "account";
}
