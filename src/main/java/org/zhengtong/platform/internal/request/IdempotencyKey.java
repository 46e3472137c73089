package org.zhengtong.platform.internal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A creating request's key, claimed by an account, with what the request created. */
@Entity
@Table(name = "sys_idempotency_key")
class IdempotencyKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long accountId;
    @Column(name = "request_key")
    private String key;
    private String kind;
    private Long resultId;
    private Instant createdAt;

    protected IdempotencyKey() {
    }

    IdempotencyKey(long accountId, String key, String kind, Instant createdAt) {
        this.accountId = accountId;
        this.key = key;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    void created(long resultId) {
        this.resultId = resultId;
    }

    String getKind() { return kind; }
    Long getResultId() { return resultId; }
}
