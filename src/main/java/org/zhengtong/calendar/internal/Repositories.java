package org.zhengtong.calendar.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarEntryRepository extends JpaRepository<CalendarEntry, Long> {

    /** The owner's entries with an occurrence that may fall between from and to. */
    @Query("""
            select e from CalendarEntry e where e.owner = :owner and e.spanStart < :to
              and (e.spanEnd is null or e.spanEnd > :from) order by e.startsAt, e.id""")
    List<CalendarEntry> inPeriod(String owner, LocalDateTime from, LocalDateTime to);

    /** Everyone's entries with reminders and an occurrence that may fall between from and to. */
    @Query("""
            select e from CalendarEntry e where e.spanStart < :to and (e.spanEnd is null or e.spanEnd > :from)
              and e.reminders is not empty order by e.id""")
    List<CalendarEntry> withRemindersInPeriod(LocalDateTime from, LocalDateTime to);

    List<CalendarEntry> findByOwnerOrderByStartsAtAscIdAsc(String owner);

    Optional<CalendarEntry> findByOwnerAndSource(String owner, String source);

    List<CalendarEntry> findBySource(String source);

    long countByOwner(String owner);
}

interface CalendarShareRepository extends JpaRepository<CalendarShare, Long> {

    List<CalendarShare> findByOwnerOrderByIdAsc(String owner);

    List<CalendarShare> findByReaderOrderByIdAsc(String reader);

    boolean existsByOwnerAndReader(String owner, String reader);

    @Modifying
    @Query("delete from CalendarShare s where s.owner = :owner and s.reader = :reader")
    int deleteShare(String owner, String reader);
}

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
