package org.zhengtong.asset.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A card as registered (page, API, a row of the Excel sheet). Department, custodian and user are set here once;
 * afterwards only an approved change moves them.
 */
public record AssetForm(
        @NotBlank(message = "{asset.validation.category}") @Size(max = 9, message = "{asset.validation.category}") String categoryCode,
        @NotBlank(message = "{asset.validation.name}") @Size(max = 100, message = "{asset.validation.name}") String name,
        @Size(max = 100, message = "{asset.validation.model}") String model,
        @NotNull(message = "{asset.validation.quantity}") @Min(value = 1, message = "{asset.validation.quantity}")
        @Max(value = 100000, message = "{asset.validation.quantity}") Integer quantity,
        @NotNull(message = "{asset.validation.value}") @DecimalMin(value = "0.00", message = "{asset.validation.value}")
        @Digits(integer = 14, fraction = 2, message = "{asset.validation.value}") BigDecimal originalValue,
        @NotNull(message = "{asset.validation.acquisition}") Acquisition acquisition,
        @NotNull(message = "{asset.validation.acquiredOn}") LocalDate acquiredOn,
        @NotNull(message = "{asset.validation.funding}") Funding funding,
        Long departmentId,
        @Size(max = 40) String custodian,
        @Size(max = 40) String user,
        @Size(max = 200, message = "{asset.validation.use}") String use,
        @Size(max = 200, message = "{asset.validation.place}") String place,
        @Size(max = 100, message = "{asset.validation.serial}") String serialNumber,
        @Size(max = 40, message = "{asset.validation.invoice}") String invoiceNumber,
        @Min(value = 1, message = "{asset.validation.invoiceLine}") @Max(value = 9999, message = "{asset.validation.invoiceLine}") Integer invoiceLine,
        @Size(max = 500, message = "{asset.validation.remarks}") String remarks) {

    public static final String REQUEST_KIND = "asset.card";

    /** Blank text as absent, everything stripped. */
    AssetForm cleaned() {
        return new AssetForm(blank(categoryCode), blank(name), blank(model), quantity, originalValue, acquisition,
                acquiredOn, funding, departmentId, blank(custodian), blank(user), blank(use), blank(place),
                blank(serialNumber), blank(invoiceNumber), invoiceLine, blank(remarks));
    }

    /** The same card with another serial number: one of a batch registered together. */
    public AssetForm withSerialNumber(String serial) {
        return new AssetForm(categoryCode, name, model, quantity, originalValue, acquisition, acquiredOn, funding,
                departmentId, custodian, user, use, place, serial, invoiceNumber, invoiceLine, remarks);
    }

    /** The card of an item a stock-take found unregistered: acquired by 盘盈, whatever the form said. */
    AssetForm asSurplus() {
        return new AssetForm(categoryCode, name, model, quantity, originalValue, Acquisition.SURPLUS, acquiredOn,
                funding, departmentId, custodian, user, use, place, serialNumber, invoiceNumber, invoiceLine, remarks);
    }

    /** The same card on another line of the invoice. */
    public AssetForm withInvoiceLineNumber(Integer line) {
        return new AssetForm(categoryCode, name, model, quantity, originalValue, acquisition, acquiredOn, funding,
                departmentId, custodian, user, use, place, serialNumber, invoiceNumber, line, remarks);
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
