package org.zhengtong.books.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A catalogue record as the librarian enters it; the ISBN (10 or 13 digits, hyphens allowed) is optional. */
public record BookForm(@NotBlank(message = "{books.validation.title}") @Size(max = 200) String title,
                       @Size(max = 200) String authors,
                       @Size(max = 100) String publisher,
                       @Min(value = 1000, message = "{books.validation.year}")
                       @Max(value = 2100, message = "{books.validation.year}") Integer year,
                       @Size(max = 20) String isbn,
                       @NotBlank(message = "{books.validation.category}") @Size(max = 50) String category,
                       Material material,
                       @Size(max = 500) String remarks) {

    public static final String REQUEST_KIND = "books-book";
}
