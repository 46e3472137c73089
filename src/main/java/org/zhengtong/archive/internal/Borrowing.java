package org.zhengtong.archive.internal;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.Instant;

/**
 * 借阅: a user asks to read an archived item for some days; the unit's 办公室主任 decides on the workflow engine.
 * Approved, the borrower may open the item's files until {@code expiresAt}.
 */
@Entity
@Table(name = "arc_borrowing")
public class Borrowing {

    public enum Status { PENDING, APPROVED, REJECTED, EXPIRED }

    static final String KEY_PREFIX = "archive-borrowing:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long itemId;
    private Long unitId;
    private String borrower;
    private String reason;
    private int days;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private String processInstanceId;
    private Instant appliedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String note;
    private Instant expiresAt;

    @Version
    private long version;

    protected Borrowing() {
    }

    Borrowing(Long itemId, Long unitId, String borrower, String reason, int days, Instant appliedAt) {
        this.itemId = itemId;
        this.unitId = unitId;
        this.borrower = borrower;
        this.reason = reason;
        this.days = days;
        this.appliedAt = appliedAt;
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void approve(String by, Instant at, String note) {
        this.status = Status.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
        this.expiresAt = at.plus(Duration.ofDays(days));
    }

    void reject(String by, Instant at, String note) {
        this.status = Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
    }

    void expire() {
        this.status = Status.EXPIRED;
    }

    /** Approved and not yet past its end. */
    public boolean activeAt(Instant now) {
        return status == Status.APPROVED && expiresAt != null && now.isBefore(expiresAt);
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Long getUnitId() { return unitId; }
    public String getBorrower() { return borrower; }
    public String getReason() { return reason; }
    public int getDays() { return days; }
    public Status getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getAppliedAt() { return appliedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getNote() { return note; }
    public Instant getExpiresAt() { return expiresAt; }
}
