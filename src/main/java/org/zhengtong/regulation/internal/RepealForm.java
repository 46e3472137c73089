package org.zhengtong.regulation.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 废止: from which day, and (optionally) by which regulation of the catalogue. */
public record RepealForm(@NotNull(message = "{regulation.validation.repealedOn}")
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repealedOn,
                         Long repealedById) {
}
