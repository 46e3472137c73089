package org.zhengtong.supplies.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 入库: a purchase of an item into a store (quantity above zero, unit price in 元, supplier, day received). */
public record ReceiptForm(@NotNull(message = "{supplies.validation.store}") Long storeId,
                          @NotNull(message = "{supplies.validation.item}") Long itemId,
                          @NotNull(message = "{supplies.validation.quantity}")
                          @Min(value = 1, message = "{supplies.validation.quantity}")
                          @Max(value = SuppliesService.MAX_QUANTITY, message = "{supplies.validation.quantity}")
                          Integer quantity,
                          @NotNull(message = "{supplies.validation.price}")
                          @DecimalMin(value = "0", message = "{supplies.validation.price}") BigDecimal unitPrice,
                          @NotBlank(message = "{supplies.validation.supplier}") @Size(max = 100) String supplier,
                          LocalDate receivedOn) {

    public static final String REQUEST_KIND = "supplies-receipt";
}
