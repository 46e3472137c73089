package org.zhengtong.presence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AbsenceRepository extends JpaRepository<Absence, Long> {

    List<Absence> findByUsernameOrderByLeavesAtDesc(String username);

    /**
     * The absences of these people that may fall into [from, to): left before its end and not returned before its
     * start. {@link Absence#awayDuring} decides; this only narrows the rows.
     */
    @Query("""
            select a from Absence a where a.username in :usernames and a.leavesAt < :to
              and (a.returnedAt is null or a.returnedAt > :from) order by a.leavesAt""")
    List<Absence> possiblyAway(Collection<String> usernames, Instant from, Instant to);

    /** Her absences not yet ended by a return, which a new one must not overlap. */
    List<Absence> findByUsernameAndReturnedAtIsNull(String username);
}
