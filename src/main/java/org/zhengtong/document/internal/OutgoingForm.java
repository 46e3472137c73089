package org.zhengtong.document.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.platform.Classification;

/**
 * 拟稿: what the drafter fills in. {@code copies} is the 份数 (how many copies are printed, each with its 份号; empty
 * means one) and {@code annotation} the 附注 printed in parentheses below the 成文日期 (GB/T 9704 7.3.6).
 */
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
        LocalDate deadline,
        @Min(value = 1, message = "{document.validation.copies}")
        @Max(value = 999_999, message = "{document.validation.copies}") Integer copies,
        @Size(max = 100, message = "{validation.size}") String annotation) {

    /** A draft printed in one copy, without 附注. */
    public OutgoingForm(DocumentType type, String title, Classification classification, String secrecyPeriod,
                        Urgency urgency, List<Long> mainRecipients, List<Long> ccRecipients, String issuerCode,
                        String bodyHtml, LocalDate deadline) {
        this(type, title, classification, secrecyPeriod, urgency, mainRecipients, ccRecipients, issuerCode, bodyHtml,
                deadline, null, null);
    }

    /** What a draft request claims its idempotency key for. */
    public static final String REQUEST_KIND = "document.outgoing";
}
