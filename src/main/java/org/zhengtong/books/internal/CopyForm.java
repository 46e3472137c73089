package org.zhengtong.books.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A copy: its number (unique in the unit), shelf place and the day it was acquired. */
public record CopyForm(@NotBlank(message = "{books.validation.copyNumber}") @Size(max = 30) String number,
                       @Size(max = 50) String shelf, LocalDate acquiredOn) {

    public static final String REQUEST_KIND = "books-copy";
}
