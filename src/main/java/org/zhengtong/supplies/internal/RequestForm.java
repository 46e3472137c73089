package org.zhengtong.supplies.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 领用申请: which item from which store, how many (above zero), what for. */
public record RequestForm(@NotNull(message = "{supplies.validation.store}") Long storeId,
                          @NotNull(message = "{supplies.validation.item}") Long itemId,
                          @NotNull(message = "{supplies.validation.quantity}")
                          @Min(value = 1, message = "{supplies.validation.quantity}")
                          @Max(value = SuppliesService.MAX_QUANTITY, message = "{supplies.validation.quantity}")
                          Integer quantity,
                          @NotBlank(message = "{supplies.validation.purpose}") @Size(max = 500) String purpose) {

    public static final String REQUEST_KIND = "supplies-request";
}
