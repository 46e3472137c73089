package org.zhengtong.books.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * The library's catalogue in 综合检索 (kind {@code books}): title, authors, publisher, ISBN and category as text, for
 * everyone of the unit.
 */
@Component
class BooksIndex extends RecordIndex<Book> {

    static final String KIND = "books";

    private final BookRepository books;
    private final Clock clock;

    BooksIndex(BookRepository books, CurrentUsers currentUsers, Clock clock) {
        super(KIND, Book.class, books, "/books/", currentUsers);
        this.books = books;
        this.clock = clock;
    }

    @Override
    protected boolean mayOpen(Book r, CurrentUser user) {
        return user.unitId() != null && r.getUnitId() == user.unitId();
    }

    @Override
    protected FullTextSearch.Entry entry(Book b) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (b.getIsbn() != null) {
            fields.put("isbn", b.getIsbn());
        }
        fields.put("material", b.getMaterial().name());
        String text = new EntryText().add(b.getTitle(), b.getAuthors(), b.getPublisher(), b.getIsbn(), b.getCategory(),
                b.getRemarks()).toString();
        return new FullTextSearch.Entry(KIND, b.getId(), b.getUnitId(), b.getTitle(), text,
                LocalDate.ofInstant(b.getCreatedAt(), clock.getZone()), Classification.UNCLASSIFIED,
                Set.of(Readers.unit(b.getUnitId())), fields);
    }
}
