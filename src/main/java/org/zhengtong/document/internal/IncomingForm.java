package org.zhengtong.document.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.platform.Classification;

/** A 收文 registered by hand from paper: the sender, its number, and (optionally) the scanned file. */
public record IncomingForm(
        @NotNull(message = "{validation.required}") DocumentType type,
        @NotBlank(message = "{document.validation.title}") @Size(max = 200, message = "{validation.size}") String title,
        @NotBlank(message = "{document.validation.sourceUnit}") @Size(max = 100, message = "{validation.size}") String sourceUnitName,
        @Size(max = 60, message = "{validation.size}") String documentNumber,
        @NotNull(message = "{validation.required}") Classification classification,
        @Size(max = 30, message = "{validation.size}") String secrecyPeriod,
        @NotNull(message = "{validation.required}") Urgency urgency,
        LocalDate deadline) {

    /** What a paper registration request claims its idempotency key for. */
    public static final String REQUEST_KIND = "document.paperIncoming";
}
