package org.zhengtong.platform.internal.audit;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.platform.AuditLog;

/**
 * Appends to the hash-chained audit log. A success inside a read-write transaction is appended in that transaction
 * just before it commits, so the change and its record commit together (a change that rolled back did not happen),
 * and the request never needs a second pooled connection while holding one: with a small pool and many writers, that
 * wait starved the pool (found by the step benchmark, bench/README.md). A success in a read-only transaction (an
 * audited read) is appended after it commits, in its own transaction. A failure is written at once in its own
 * transaction (the refused change rolls back, its record stays).
 */
@Service
class AuditService implements AuditLog {

    static final String SYSTEM_ACTOR = "system";

    private final AuditRecordRepository records;
    private final AuditChainHeadRepository heads;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final EntityManager entityManager;

    AuditService(AuditRecordRepository records, AuditChainHeadRepository heads, PlatformTransactionManager txManager,
                 Clock clock, EntityManager entityManager) {
        this.records = records;
        this.heads = heads;
        this.newTransaction = new TransactionTemplate(txManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Override
    public void success(String action, String objectType, Object objectId, String detail) {
        Entry entry = entry(currentActor(), currentIp(), action, objectType, objectId, "SUCCESS", detail);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            append(entry);
        } else if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // the business changes first, so the chain head is always the last lock a transaction takes
                    entityManager.flush();
                    appendInCurrentTransaction(entry);
                }

                @Override
                public int getOrder() {
                    return LOWEST_PRECEDENCE;
                }
            });
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    append(entry);
                }
            });
        }
    }

    @Override
    public void failure(String action, String objectType, Object objectId, String detail) {
        append(entry(currentActor(), currentIp(), action, objectType, objectId, "FAILURE", detail));
    }

    @Override
    public void recordAs(String actor, String ip, String action, String objectType, Object objectId, boolean success,
                         String detail) {
        append(entry(actor, ip, action, objectType, objectId, success ? "SUCCESS" : "FAILURE", detail));
    }

    private record Entry(Instant at, String actor, String ip, String action, String objectType, String objectId,
                         String result, String detail) {
    }

    private Entry entry(String actor, String ip, String action, String objectType, Object objectId, String result,
                        String detail) {
        return new Entry(clock.instant().truncatedTo(ChronoUnit.MILLIS), truncate(actor, 40), truncate(ip, 64), action,
                objectType, objectId == null ? null : truncate(objectId.toString(), 100), result, truncate(detail, 1000));
    }

    private void append(Entry e) {
        newTransaction.executeWithoutResult(status -> appendInCurrentTransaction(e));
    }

    private void appendInCurrentTransaction(Entry e) {
        AuditChainHead head = heads.lockById(AuditChainHead.ID).orElseThrow();
        AuditRecord record = new AuditRecord(head.getLastSeq() + 1, e.at(), e.actor(), e.ip(), e.action(),
                e.objectType(), e.objectId(), e.result(), e.detail(), head.getLastHash());
        records.save(record);
        head.advance(record);
        entityManager.flush();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM_ACTOR : authentication.getName();
    }

    private static String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
