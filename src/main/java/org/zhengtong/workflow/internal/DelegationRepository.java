package org.zhengtong.workflow.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

    @Query("""
            select d from Delegation d where d.fromUsername = :username and d.cancelled = false
              and d.startsAt <= :now and d.endsAt > :now order by d.createdAt desc""")
    List<Delegation> activeFor(String username, Instant now);

    @Query("""
            select d from Delegation d where d.fromUsername in :usernames and d.cancelled = false
              and d.startsAt <= :at and d.endsAt > :at order by d.createdAt""")
    List<Delegation> inForce(Collection<String> usernames, Instant at);

    List<Delegation> findByFromUsernameOrderByStartsAtDesc(String username);

    List<Delegation> findByToUsernameOrderByStartsAtDesc(String username);

    @Query("""
            select count(d) > 0 from Delegation d where d.fromUsername = :username and d.cancelled = false
              and d.startsAt < :endsAt and d.endsAt > :startsAt""")
    boolean overlaps(String username, Instant startsAt, Instant endsAt);

    default Optional<Delegation> activeDelegation(String username, Instant now) {
        return activeFor(username, now).stream().findFirst();
    }
}
