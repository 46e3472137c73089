package org.zhengtong.document.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.zhengtong.document.Classification;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;

/** 拟稿: what the drafter fills in. */
public record OutgoingForm(
        @NotNull(message = "{validation.required}") DocumentType type,
        @NotBlank(message = "{document.validation.title}") @Size(max = 200, message = "{validation.size}") String title,
        @NotNull(message = "{validation.required}") Classification classification,
        @Size(max = 30, message = "{validation.size}") String secrecyPeriod,
        @NotNull(message = "{validation.required}") Urgency urgency,
        @NotEmpty(message = "{document.validation.mainRecipients}") List<Long> mainRecipients,
        List<Long> ccRecipients,
        @NotBlank(message = "{document.validation.issuerCode}") String issuerCode,
        @Size(max = 200_000, message = "{validation.size}") String bodyHtml,
        LocalDate deadline) {
}
