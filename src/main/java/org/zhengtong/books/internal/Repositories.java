package org.zhengtong.books.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookRepository extends JpaRepository<Book, Long> {

    List<Book> findByUnitIdOrderByTitle(long unitId);
}

interface CopyRepository extends JpaRepository<Copy, Long> {

    /** The copy's row locked until the transaction ends: loans of one copy go one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Copy c where c.id = :id")
    Optional<Copy> lockById(@Param("id") Long id);

    List<Copy> findByBookIdOrderByNumber(long bookId);

    List<Copy> findByUnitId(long unitId);

    boolean existsByUnitIdAndNumber(long unitId, String number);
}

interface LoanRepository extends JpaRepository<Loan, Long> {

    Optional<Loan> findByOpenCopyId(long copyId);

    List<Loan> findByOpenCopyIdIn(Collection<Long> copyIds);

    List<Loan> findByCopyIdInOrderByLentAtDesc(Collection<Long> copyIds);

    List<Loan> findByReaderAndUnitIdOrderByLentAtDesc(String reader, long unitId);

    List<Loan> findByUnitIdAndReturnedAtIsNullOrderByDueOn(long unitId);

    List<Loan> findByUnitIdAndReturnedAtIsNullAndDueOnLessThanOrderByDueOn(long unitId, LocalDate day);

    /** Open loans of every unit due on or before the day: the reminder sweep's candidates. */
    List<Loan> findByReturnedAtIsNullAndDueOnLessThanEqualOrderById(LocalDate day);
}
