package org.zhengtong.regulation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.platform.Classification;

/**
 * A regulation as a manager enters it. A 规章制度 is always read by its unit only; a 政策法规 by its unit or the whole
 * city ({@code scope}). The 施行日期 may not come before the 发布日期, nor the 废止日期 before either.
 */
public record RegulationForm(@NotNull(message = "{regulation.validation.kind}") RegulationKind kind,
                             Scope scope,
                             @NotBlank(message = "{regulation.validation.title}") @Size(max = 200) String title,
                             @NotBlank(message = "{regulation.validation.issuer}") @Size(max = 100) String issuer,
                             @Size(max = 100) String docNumber,
                             @NotNull(message = "{regulation.validation.issuedOn}")
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repealedOn,
                             @NotBlank(message = "{regulation.validation.body}") String body,
                             Classification classification) {

    public static final String REQUEST_KIND = "regulation";
}
