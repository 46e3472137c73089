package org.zhengtong.books.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The library's catalogue and copies. Everyone of a unit reads its catalogue and which copies are in; its librarians
 * ({@code BOOKS_MANAGE}) keep it. Another unit's records are 403; a refused change changes nothing.
 */
@Service
@Transactional
public class BooksService {

    private final BookRepository books;
    private final CopyRepository copies;
    private final LoanRepository loans;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BooksService(BookRepository books, CopyRepository copies, LoanRepository loans, CurrentUsers currentUsers,
                 OrgDirectory directory, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.books = books;
        this.copies = copies;
        this.loans = loans;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Views.BookView> catalogue() {
        long unitId = unitOf(currentUsers.current());
        Map<Long, List<Copy>> byBook = copies.findByUnitId(unitId).stream().filter(c -> !c.isWithdrawn())
                .collect(Collectors.groupingBy(Copy::getBookId));
        java.util.Set<Long> lent = loans.findByUnitIdAndReturnedAtIsNullOrderByDueOn(unitId).stream()
                .map(Loan::getCopyId).collect(Collectors.toSet());
        return books.findByUnitIdOrderByTitle(unitId).stream().map(b -> {
            List<Copy> its = byBook.getOrDefault(b.getId(), List.of());
            return view(b, its.size(), (int) its.stream().filter(c -> !lent.contains(c.getId())).count());
        }).toList();
    }

    @Transactional(readOnly = true)
    public Views.BookView book(long id) {
        Book book = readableBook(id, currentUsers.current());
        List<Views.CopyView> its = copies(id);
        return view(book, its.size(), (int) its.stream().filter(c -> !c.lent()).count());
    }

    /** The record's copies, each with its open loan if lent (the reader's name only for librarians). */
    @Transactional(readOnly = true)
    public List<Views.CopyView> copies(long bookId) {
        CurrentUser user = currentUsers.current();
        readableBook(bookId, user);
        List<Copy> its = copies.findByBookIdOrderByNumber(bookId).stream().filter(c -> !c.isWithdrawn()).toList();
        Map<Long, Loan> open = loans.findByOpenCopyIdIn(its.stream().map(Copy::getId).toList()).stream()
                .collect(Collectors.toMap(Loan::getCopyId, Function.identity()));
        boolean librarian = mayManage(user);
        return its.stream().map(c -> {
            Loan loan = open.get(c.getId());
            return new Views.CopyView(c.getId(), c.getBookId(), c.getNumber(), c.getShelf(), c.getAcquiredOn(),
                    loan == null ? null : loan.getId(),
                    loan == null || !(librarian || loan.getReader().equals(user.username())) ? null
                            : directory.nameOf(loan.getReader()),
                    loan == null ? null : loan.getDueOn());
        }).toList();
    }

    public long addBook(BookForm form) {
        CurrentUser user = currentUsers.current();
        requireManager(user);
        Book book = new Book(user.unitId(), clock.instant());
        book.describe(form, isbn(form.isbn()));
        books.saveAndFlush(book);
        audit.success("BOOKS_BOOK_ADD", "booksBook", book.getId(), book.getTitle() + " " + nullToEmpty(book.getIsbn()));
        events.publishEvent(new IndexEntryChanged(BooksIndex.KIND, book.getId()));
        return book.getId();
    }

    public void updateBook(long id, BookForm form) {
        CurrentUser user = currentUsers.current();
        Book book = readableBook(id, user);
        requireManager(user);
        book.describe(form, isbn(form.isbn()));
        books.saveAndFlush(book);
        audit.success("BOOKS_BOOK_UPDATE", "booksBook", id, book.getTitle() + " " + nullToEmpty(book.getIsbn()));
        events.publishEvent(new IndexEntryChanged(BooksIndex.KIND, id));
    }

    public long addCopy(long bookId, CopyForm form) {
        CurrentUser user = currentUsers.current();
        Book book = readableBook(bookId, user);
        requireManager(user);
        String number = form.number().strip();
        if (copies.existsByUnitIdAndNumber(book.getUnitId(), number)) {
            throw new BusinessRuleException("books.error.copyNumberTaken", number);
        }
        if (form.acquiredOn() != null && form.acquiredOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("books.validation.acquiredOn");
        }
        Copy copy = copies.saveAndFlush(new Copy(book.getUnitId(), bookId, number, blankToNull(form.shelf()),
                form.acquiredOn(), clock.instant()));
        audit.success("BOOKS_COPY_ADD", "booksCopy", copy.getId(), book.getTitle() + " " + number);
        return copy.getId();
    }

    /**
     * 注销: the librarian takes a copy out of the catalogue; refused while it is lent. The copy's row lock, which
     * lending takes too, keeps a loan from slipping in between the check and the change.
     */
    public void withdrawCopy(long copyId) {
        CurrentUser user = currentUsers.current();
        Copy copy = copies.lockById(copyId).orElseThrow(() -> new NotFoundException("booksCopy", copyId));
        requireMember(user, copy.getUnitId());
        requireManager(user);
        if (copy.isWithdrawn()) {
            throw new BusinessRuleException("books.error.alreadyWithdrawn", copy.getNumber());
        }
        if (loans.findByOpenCopyId(copyId).isPresent()) {
            throw new BusinessRuleException("books.error.withdrawLent", copy.getNumber());
        }
        copy.withdraw();
        copies.saveAndFlush(copy);
        audit.success("BOOKS_COPY_WITHDRAW", "booksCopy", copyId, copy.getNumber());
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return mayManage(currentUsers.current());
    }

    /** The unit's people: the readers a librarian lends to. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.PersonRef> readers() {
        return directory.people(unitOf(currentUsers.current()));
    }

    boolean mayManage(CurrentUser user) {
        return user.unitId() != null && user.can(BooksPermissions.MANAGE);
    }

    void requireManager(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException(user.username() + " is no librarian");
        }
    }

    Book readableBook(long id, CurrentUser user) {
        Book book = books.findById(id).orElseThrow(() -> new NotFoundException("booksBook", id));
        requireMember(user, book.getUnitId());
        return book;
    }

    static void requireMember(CurrentUser user, long unitId) {
        if (user.unitId() == null || user.unitId() != unitId) {
            throw new AccessDeniedException(user.username() + " is not of unit " + unitId);
        }
    }

    static long unitOf(CurrentUser user) {
        if (user.unitId() == null) {
            throw new AccessDeniedException(user.username() + " belongs to no unit");
        }
        return user.unitId();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** No ISBN, or a valid one (normalized); a wrong check digit is refused (400). */
    private static String isbn(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        String isbn = Isbn.normalized(text);
        if (isbn == null) {
            throw new InvalidInputException("books.validation.isbn", text.strip());
        }
        return isbn;
    }

    private static Views.BookView view(Book b, int copies, int available) {
        return new Views.BookView(b.getId(), b.getTitle(), b.getAuthors(), b.getPublisher(), b.getYear(),
                b.getIsbn(), b.getCategory(), b.getMaterial(), b.getRemarks(), copies, available);
    }
}
