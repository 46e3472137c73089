package org.zhengtong.document.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A number held back by an administrator; once released, the next document takes it so no gap remains. */
@Entity
@Table(name = "doc_number_reservation")
class NumberReservation {

    enum Status { RESERVED, RELEASED, USED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sequenceKey;
    private int serial;
    private String reason;
    private String reservedBy;
    private Instant reservedAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.RESERVED;

    private String releasedBy;
    private String releaseReason;
    private Long usedByDocument;

    protected NumberReservation() {
    }

    NumberReservation(String sequenceKey, int serial, String reason, String reservedBy, Instant reservedAt) {
        this.sequenceKey = sequenceKey;
        this.serial = serial;
        this.reason = reason;
        this.reservedBy = reservedBy;
        this.reservedAt = reservedAt;
    }

    void release(String by, String why) {
        this.status = Status.RELEASED;
        this.releasedBy = by;
        this.releaseReason = why;
    }

    void useFor(Long documentId) {
        this.status = Status.USED;
        this.usedByDocument = documentId;
    }

    Long getId() { return id; }
    String getSequenceKey() { return sequenceKey; }
    int getSerial() { return serial; }
    String getReason() { return reason; }
    String getReservedBy() { return reservedBy; }
    Instant getReservedAt() { return reservedAt; }
    Status getStatus() { return status; }
    String getReleasedBy() { return releasedBy; }
    String getReleaseReason() { return releaseReason; }
    Long getUsedByDocument() { return usedByDocument; }
}
