package org.zhengtong.asset.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A change asked for an asset: its kind, why, and what the kind needs (a department, people, a use, a value …). */
@io.swagger.v3.oas.annotations.media.Schema(name = "AssetChangeForm")
public record ChangeForm(
        @NotNull(message = "{asset.validation.kind}") ChangeKind kind,
        @NotBlank(message = "{asset.validation.reason}") @Size(max = 500, message = "{asset.validation.reason}") String reason,
        Long toUnitId,
        Long toDepartmentId,
        @Size(max = 40) String toCustodian,
        @Size(max = 40) String toUser,
        @Size(max = 200, message = "{asset.validation.use}") String toUse,
        @DecimalMin(value = "0.00", message = "{asset.validation.value}")
        @Digits(integer = 14, fraction = 2, message = "{asset.validation.value}") BigDecimal toValue,
        @Size(max = 200, message = "{asset.validation.counterparty}") String counterparty) {

    public static final String REQUEST_KIND = "asset.change";

    ChangeForm cleaned() {
        return new ChangeForm(kind, AssetForm.blank(reason), toUnitId, toDepartmentId, AssetForm.blank(toCustodian),
                AssetForm.blank(toUser), AssetForm.blank(toUse), toValue, AssetForm.blank(counterparty));
    }
}
