package org.zhengtong.books.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 借出: a copy to a reader of the unit (username). */
public record LendForm(@NotBlank(message = "{books.validation.reader}") @Size(max = 40) String reader) {

    public static final String REQUEST_KIND = "books-loan";
}
