package org.zhengtong.platform.internal.audit;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit record. Never updated or deleted by the application; its hash chains it to the previous one. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    private Long seq;
    private Instant occurredAt;
    private String actor;
    private String ip;
    private String action;
    private String objectType;
    private String objectId;
    private String result;
    private String detail;
    private String prevHash;
    private String hash;

    protected AuditRecord() {
    }

    AuditRecord(long seq, Instant occurredAt, String actor, String ip, String action, String objectType,
                String objectId, String result, String detail, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.ip = ip;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.result = result;
        this.detail = detail;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** SM3 over every field and the previous hash, each field length-prefixed so boundaries cannot shift. */
    String computeHash() {
        return Sm3.hex(seq, occurredAt.toEpochMilli(), actor, ip, action, objectType, objectId, result, detail, prevHash);
    }

    public Long getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getIp() { return ip; }
    public String getAction() { return action; }
    public String getObjectType() { return objectType; }
    public String getObjectId() { return objectId; }
    public String getResult() { return result; }
    public String getDetail() { return detail; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
