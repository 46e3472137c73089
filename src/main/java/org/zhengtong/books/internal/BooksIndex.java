package org.zhengtong.books.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;

/**
 * The library's catalogue in 综合检索 (kind {@code books}): title, authors, publisher, ISBN and category as text, for
 * everyone of the unit.
 */
@Component
class BooksIndex implements Searchable {

    static final String KIND = "books";

    private final BookRepository books;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    BooksIndex(BookRepository books, CurrentUsers currentUsers, Clock clock) {
        this.books = books;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FullTextSearch.Entry> entry(long id) {
        return books.findById(id).map(this::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        return books.findAllById(ids).stream()
                .filter(b -> user.unitId() != null && b.getUnitId() == user.unitId()).map(Book::getId)
                .collect(Collectors.toSet());
    }

    @Override
    public String link(long id) {
        return "/books/" + id;
    }

    private FullTextSearch.Entry entry(Book b) {
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
