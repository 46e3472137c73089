package org.zhengtong.reception.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The costs of a reception after the visit (元): meals, accommodation, transport, other, and a note. */
public record CostForm(
        @NotNull(message = "{reception.validation.amount}") @DecimalMin(value = "0", message = "{reception.validation.amount}")
        @DecimalMax(value = "10000000", message = "{reception.validation.amount}")
        @Digits(integer = 8, fraction = 2, message = "{reception.validation.amount}") BigDecimal mealCost,
        @NotNull(message = "{reception.validation.amount}") @DecimalMin(value = "0", message = "{reception.validation.amount}")
        @DecimalMax(value = "10000000", message = "{reception.validation.amount}")
        @Digits(integer = 8, fraction = 2, message = "{reception.validation.amount}") BigDecimal accommodationCost,
        @NotNull(message = "{reception.validation.amount}") @DecimalMin(value = "0", message = "{reception.validation.amount}")
        @DecimalMax(value = "10000000", message = "{reception.validation.amount}")
        @Digits(integer = 8, fraction = 2, message = "{reception.validation.amount}") BigDecimal transportCost,
        @NotNull(message = "{reception.validation.amount}") @DecimalMin(value = "0", message = "{reception.validation.amount}")
        @DecimalMax(value = "10000000", message = "{reception.validation.amount}")
        @Digits(integer = 8, fraction = 2, message = "{reception.validation.amount}") BigDecimal otherCost,
        @Size(max = 500, message = "{validation.size}") String costNote) {
}
