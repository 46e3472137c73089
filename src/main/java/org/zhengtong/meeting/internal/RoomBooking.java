package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A room booked from a local start to a local end. PENDING (waiting for the keeper, process
 * {@code meeting-booking:<id>}) and CONFIRMED bookings hold their time; REJECTED and CANCELLED ones free it.
 */
@Entity
@Table(name = "meeting_booking")
public class RoomBooking {

    public enum Status {
        PENDING, CONFIRMED, REJECTED, CANCELLED;

        public boolean holds() {
            return this == PENDING || this == CONFIRMED;
        }
    }

    public static final String KEY_PREFIX = "meeting-booking:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long roomId;
    private Long unitId;
    private String bookedBy;
    private String purpose;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Long meetingId;
    private String processInstanceId;
    private String decidedBy;
    private Instant createdAt;

    @Version
    private long version;

    protected RoomBooking() {
    }

    RoomBooking(Long roomId, Long unitId, String bookedBy, String purpose, LocalDateTime startsAt,
                LocalDateTime endsAt, Status status, Instant createdAt) {
        this.roomId = roomId;
        this.unitId = unitId;
        this.bookedBy = bookedBy;
        this.purpose = purpose;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = status;
        this.createdAt = createdAt;
    }

    public String businessKey() {
        return KEY_PREFIX + id;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decided(boolean approved, String by) {
        this.status = approved ? Status.CONFIRMED : Status.REJECTED;
        this.decidedBy = by;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }

    void forMeeting(Long meetingId) {
        this.meetingId = meetingId;
    }

    void purpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getId() {
        return id;
    }

    public Long getRoomId() {
        return roomId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Status getStatus() {
        return status;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
