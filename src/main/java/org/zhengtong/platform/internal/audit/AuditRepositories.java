package org.zhengtong.platform.internal.audit;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    List<AuditRecord> findBySeqGreaterThanOrderBySeqAsc(long seq, Pageable page);

    @Query("""
            select r from AuditRecord r
            where (:actor is null or r.actor = :actor)
              and (:action is null or r.action = :action)
              and r.occurredAt >= :from and r.occurredAt < :to
            order by r.seq desc""")
    Page<AuditRecord> search(String actor, String action, Instant from, Instant to, Pageable page);
}

interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = :id")
    Optional<AuditChainHead> lockById(Integer id);
}
