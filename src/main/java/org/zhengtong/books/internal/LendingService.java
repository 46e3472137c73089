package org.zhengtong.books.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;

/**
 * 借出, 续借 and 归还 by the unit's librarians, and who reads which loans: a reader her own, the librarians all of
 * the unit's. A loan locks its copy's row first and only then looks for an open loan of it; the unique
 * {@code open_copy_id} backs this, so of two loans of one copy made at once the second is refused.
 */
@Service
@Transactional
public class LendingService {

    private final LoanRepository loans;
    private final CopyRepository copies;
    private final BookRepository books;
    private final BooksService catalogue;
    private final BooksProperties properties;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    LendingService(LoanRepository loans, CopyRepository copies, BookRepository books, BooksService catalogue,
                   BooksProperties properties, CurrentUsers currentUsers, OrgDirectory directory, AuditLog audit,
                   Clock clock) {
        this.loans = loans;
        this.copies = copies;
        this.books = books;
        this.catalogue = catalogue;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Lends a copy of the own unit to a reader of the unit until today plus the loan period; returns the loan's id. */
    public long lend(long copyId, LendForm form) {
        CurrentUser user = currentUsers.current();
        Copy copy = copies.lockById(copyId).orElseThrow(() -> new NotFoundException("booksCopy", copyId));
        BooksService.requireMember(user, copy.getUnitId());
        catalogue.requireManager(user);
        String reader = form.reader() == null ? "" : form.reader().strip();
        directory.person(reader).filter(p -> p.unitId() == copy.getUnitId())
                .orElseThrow(() -> new InvalidInputException("books.validation.reader"));
        if (copy.isWithdrawn()) {
            throw new BusinessRuleException("books.error.withdrawn", copy.getNumber());
        }
        if (loans.findByOpenCopyId(copyId).isPresent()) {
            throw new BusinessRuleException("books.error.alreadyLent", copy.getNumber());
        }
        Loan loan;
        try {
            loan = loans.saveAndFlush(new Loan(copy.getUnitId(), copyId, reader, user.username(), clock.instant(),
                    LocalDate.now(clock).plusDays(properties.loanDaysOrDefault())));
        } catch (DataIntegrityViolationException lentMeanwhile) {
            throw new BusinessRuleException("books.error.alreadyLent", copy.getNumber());
        }
        audit.success("BOOKS_LEND", "booksLoan", loan.getId(), copy.getNumber() + " → " + reader + " "
                + loan.getDueOn());
        return loan.getId();
    }

    /** 续借: once, before the loan is overdue, by the period again from its due date. */
    public void renew(long loanId) {
        CurrentUser user = currentUsers.current();
        Loan loan = managed(loanId, user);
        if (!loan.isOpen()) {
            throw new BusinessRuleException("books.error.returned");
        }
        if (loan.isRenewed()) {
            throw new BusinessRuleException("books.error.renewedOnce");
        }
        if (loan.getDueOn().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("books.error.overdueRenewal");
        }
        loan.renew(loan.getDueOn().plusDays(properties.loanDaysOrDefault()));
        loans.saveAndFlush(loan);
        audit.success("BOOKS_RENEW", "booksLoan", loanId, loan.getReader() + " " + loan.getDueOn());
    }

    /** 归还: the librarian takes the copy back; the copy may be lent again. */
    public void giveBack(long loanId) {
        CurrentUser user = currentUsers.current();
        Loan loan = managed(loanId, user);
        if (!loan.isOpen()) {
            throw new BusinessRuleException("books.error.returned");
        }
        loan.returned(user.username(), clock.instant());
        loans.saveAndFlush(loan);
        audit.success("BOOKS_RETURN", "booksLoan", loanId, loan.getReader());
    }

    @Transactional(readOnly = true)
    public Views.LoanView loan(long id) {
        CurrentUser user = currentUsers.current();
        Loan loan = loans.findById(id).orElseThrow(() -> new NotFoundException("booksLoan", id));
        BooksService.requireMember(user, loan.getUnitId());
        if (!loan.getReader().equals(user.username())) {
            catalogue.requireManager(user);
        }
        return view(loan);
    }

    /** The current user's loans in the unit, open and past, latest first. */
    @Transactional(readOnly = true)
    public List<Views.LoanView> mine() {
        CurrentUser user = currentUsers.current();
        return loans.findByReaderAndUnitIdOrderByLentAtDesc(user.username(), BooksService.unitOf(user)).stream()
                .map(this::view).toList();
    }

    /** The unit's open loans by due date (librarians). */
    @Transactional(readOnly = true)
    public List<Views.LoanView> open() {
        CurrentUser user = currentUsers.current();
        catalogue.requireManager(user);
        return loans.findByUnitIdAndReturnedAtIsNullOrderByDueOn(user.unitId()).stream().map(this::view).toList();
    }

    /** The unit's overdue loans, longest overdue first (librarians). */
    @Transactional(readOnly = true)
    public List<Views.LoanView> overdue() {
        CurrentUser user = currentUsers.current();
        catalogue.requireManager(user);
        return loans.findByUnitIdAndReturnedAtIsNullAndDueOnLessThanOrderByDueOn(user.unitId(), LocalDate.now(clock))
                .stream().map(this::view).toList();
    }

    /** Every loan of a record's copies, latest first (librarians). */
    @Transactional(readOnly = true)
    public List<Views.LoanView> bookHistory(long bookId) {
        CurrentUser user = currentUsers.current();
        catalogue.readableBook(bookId, user);
        catalogue.requireManager(user);
        return loans.findByCopyIdInOrderByLentAtDesc(copies.findByBookIdOrderByNumber(bookId).stream()
                .map(Copy::getId).toList()).stream().map(this::view).toList();
    }

    /** A reader's loans in the unit, latest first: the reader herself, or a librarian. */
    @Transactional(readOnly = true)
    public List<Views.LoanView> readerHistory(String reader) {
        CurrentUser user = currentUsers.current();
        if (!user.username().equals(reader)) {
            catalogue.requireManager(user);
        }
        return loans.findByReaderAndUnitIdOrderByLentAtDesc(reader, BooksService.unitOf(user)).stream()
                .map(this::view).toList();
    }

    private Loan managed(long loanId, CurrentUser user) {
        Loan loan = loans.findById(loanId).orElseThrow(() -> new NotFoundException("booksLoan", loanId));
        BooksService.requireMember(user, loan.getUnitId());
        catalogue.requireManager(user);
        return loan;
    }

    Views.LoanView view(Loan l) {
        Copy copy = copies.findById(l.getCopyId()).orElseThrow();
        Book book = books.findById(copy.getBookId()).orElseThrow();
        return new Views.LoanView(l.getId(), book.getId(), book.getTitle(), copy.getId(), copy.getNumber(),
                copy.getShelf(), l.getReader(), directory.nameOf(l.getReader()), directory.nameOf(l.getLentBy()),
                l.getLentAt(), l.getDueOn(), l.isRenewed(), l.getReturnedAt(),
                l.getReturnedTo() == null ? null : directory.nameOf(l.getReturnedTo()),
                l.isOpen() && l.getDueOn().isBefore(LocalDate.now(clock)));
    }
}
