package org.zhengtong.supplies.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An item of the catalogue as the manager enters it; the reorder level is in the item's unit of measure. */
public record ItemForm(@NotBlank(message = "{supplies.validation.code}") @Size(max = 30) String code,
                       @NotBlank(message = "{supplies.validation.name}") @Size(max = 100) String name,
                       @NotBlank(message = "{supplies.validation.category}") @Size(max = 50) String category,
                       @NotBlank(message = "{supplies.validation.measure}") @Size(max = 10) String measure,
                       @Size(max = 100) String specification,
                       @Min(value = 0, message = "{supplies.validation.reorderLevel}")
                       @Max(value = SuppliesService.MAX_QUANTITY, message = "{supplies.validation.reorderLevel}")
                       Integer reorderLevel,
                       @Size(max = 500) String remarks) {

    public static final String REQUEST_KIND = "supplies-item";
}
