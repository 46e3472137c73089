package org.zhengtong.leaderschedule.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScheduleEntryRepository extends JpaRepository<ScheduleEntry, Long> {

    /** The ids above {@code afterId}, ascending: a page of a search index rebuild. */
    @Query("select e.id from ScheduleEntry e where e.id > ?1 order by e.id")
    List<Long> idsAfter(long afterId, Pageable page);


    /** The unit's entries overlapping [from, to), in order of start. */
    @Query("""
            select e from ScheduleEntry e where e.unitId = :unitId and e.startsAt < :to and e.endsAt > :from
              order by e.startsAt, e.id""")
    List<ScheduleEntry> inUnit(long unitId, LocalDateTime from, LocalDateTime to);

    /** The leader's entries overlapping [from, to), in order of start. */
    @Query("""
            select e from ScheduleEntry e where e.leader = :leader and e.startsAt < :to and e.endsAt > :from
              order by e.startsAt, e.id""")
    List<ScheduleEntry> ofLeader(String leader, LocalDateTime from, LocalDateTime to);

    List<ScheduleEntry> findByLeader(String leader);
}

interface ScheduleGrantRepository extends JpaRepository<ScheduleGrant, Long> {

    List<ScheduleGrant> findByLeaderOrderByIdAsc(String leader);

    List<ScheduleGrant> findByUnitIdOrderByIdAsc(long unitId);

    List<ScheduleGrant> findByUsername(String username);

    boolean existsByLeaderAndUsernameAndKindIn(String leader, String username, Collection<GrantKind> kinds);
}
