package org.zhengtong.books.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.DemoAccounts;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The demo city's library: 市财政局's, kept by its 机要秘书 {@code czj.secretary} (given the business role 图书管理员),
 * with four books and a journal, one copy lent to {@code czj.d1.clerk1} and overdue. Runs after the demo city is
 * loaded and before the application turns ready; only with {@code zhengtong.demo=true}; nothing twice. Each record is
 * announced to 综合检索 as the service does, so the demo's books are found without rebuilding the index.
 */
@Component
@Order(42)
class DemoLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);
    static final String UNIT = "czj";
    static final String LIBRARIAN = "czj.secretary";
    static final String READER = "czj.d1.clerk1";

    private final BookRepository books;
    private final CopyRepository copies;
    private final LoanRepository loans;
    private final OrgDirectory directory;
    private final DemoAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoLibrary(BookRepository books, CopyRepository copies, LoanRepository loans, OrgDirectory directory,
                DemoAccounts accounts, ApplicationEventPublisher events, Clock clock, PlatformProperties properties) {
        this.books = books;
        this.copies = copies;
        this.loans = loans;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.platform = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args)) {
            return;
        }
        directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst().ifPresent(unit -> {
            if (!books.findByUnitIdOrderByTitle(unit.id()).isEmpty() || directory.person(LIBRARIAN).isEmpty()) {
                return;
            }
            accounts.grantBusinessRole(LIBRARIAN, BooksPermissions.LIBRARIAN_ROLE);
            LocalDate acquired = LocalDate.now(clock).minusYears(1);
            long lent = book(unit.id(), new BookForm("政府会计准则及应用指南", "财政部会计司", "中国财政经济出版社", 2023,
                    "9787522320311", "财政会计", Material.BOOK, null), "CZ-0001", "A-01-1", acquired);
            book(unit.id(), new BookForm("预算法释义", "全国人大常委会法工委", "中国民主法制出版社", 2015,
                    "9787516208496", "法律法规", Material.BOOK, null), "CZ-0002", "A-02-3", acquired);
            book(unit.id(), new BookForm("公共财政学", "陈共", "中国人民大学出版社", 2020, "7-300-11657-4", "财政理论",
                    Material.BOOK, null), "CZ-0003", "A-03-2", acquired);
            book(unit.id(), new BookForm("中国财政", "中国财政杂志社", "中国财政杂志社", 2026, null, "期刊",
                    Material.JOURNAL, "半月刊，2026年第22期"), "QK-0001", "B-01-1", acquired);
            directory.person(READER).filter(p -> p.unitId() == unit.id()).ifPresent(reader -> {
                LocalDate lentOn = LocalDate.now(clock).minusDays(35);
                loans.save(new Loan(unit.id(), lent, READER, LIBRARIAN,
                        lentOn.atStartOfDay(clock.getZone()).toInstant(), lentOn.plusDays(30)));
            });
            log.info("demo city: a library of 4 records for {}", unit.name());
        });
    }

    /** A record with one copy; the copy's id. */
    private long book(long unitId, BookForm form, String number, String shelf, LocalDate acquired) {
        Book book = new Book(unitId, clock.instant());
        book.describe(form, form.isbn() == null ? null : Isbn.normalized(form.isbn()));
        books.save(book);
        events.publishEvent(new IndexEntryChanged(BooksIndex.KIND, book.getId()));
        return copies.save(new Copy(unitId, book.getId(), number, shelf, acquired, clock.instant())).getId();
    }
}
