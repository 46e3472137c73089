package org.zhengtong.presence.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One 外出登记: {@code username} is away from {@code leavesAt} until she registers her return ({@code returnedAt});
 * {@code expectedReturnAt} is what she announced. {@code handOverId} is the workflow kit's hand-over of her tasks to
 * the stand-in, if she named one.
 */
@Entity
@Table(name = "presence_absence")
class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    @Enumerated(EnumType.STRING)
    private AbsenceKind kind;
    private Instant leavesAt;
    private Instant expectedReturnAt;
    private Instant returnedAt;
    private String reason;
    private String destination;
    private String contactPhone;
    private String standInUsername;
    private Long handOverId;
    private Instant createdAt;

    @Version
    private long version;

    protected Absence() {
    }

    Absence(String username, AbsenceKind kind, Instant leavesAt, Instant expectedReturnAt, String reason,
            String destination, String contactPhone, String standInUsername, Long handOverId, Instant createdAt) {
        this.username = username;
        this.kind = kind;
        this.leavesAt = leavesAt;
        this.expectedReturnAt = expectedReturnAt;
        this.reason = reason;
        this.destination = destination;
        this.contactPhone = contactPhone;
        this.standInUsername = standInUsername;
        this.handOverId = handOverId;
        this.createdAt = createdAt;
    }

    void returnAt(Instant now) {
        this.returnedAt = now;
    }

    /**
     * Until when she counts as away: her return once registered; until then her expected return, or now when she
     * is late — someone who has not registered her return is still out.
     */
    Instant awayUntil(Instant now) {
        if (returnedAt != null) {
            return returnedAt;
        }
        return expectedReturnAt.isAfter(now) ? expectedReturnAt : now.plusNanos(1);
    }

    /** Away at some moment of [from, to). */
    boolean awayDuring(Instant from, Instant to, Instant now) {
        Instant until = awayUntil(now);
        // a registration withdrawn before she left was never an absence
        return until.isAfter(leavesAt) && leavesAt.isBefore(to) && until.isAfter(from);
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    AbsenceKind getKind() { return kind; }
    Instant getLeavesAt() { return leavesAt; }
    Instant getExpectedReturnAt() { return expectedReturnAt; }
    Instant getReturnedAt() { return returnedAt; }
    String getReason() { return reason; }
    String getDestination() { return destination; }
    String getContactPhone() { return contactPhone; }
    String getStandInUsername() { return standInUsername; }
    Long getHandOverId() { return handOverId; }
}
