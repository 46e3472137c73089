package org.zhengtong.platform.internal.audit;

import jakarta.persistence.*;

/** The last sequence number and hash of the chain; locked by each append so the chain stays linear. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;
    private long lastSeq;
    private String lastHash;

    protected AuditChainHead() {
    }

    void advance(AuditRecord record) {
        this.lastSeq = record.getSeq();
        this.lastHash = record.getHash();
    }

    long getLastSeq() { return lastSeq; }
    String getLastHash() { return lastHash; }
}
