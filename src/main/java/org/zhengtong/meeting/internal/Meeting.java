package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDateTime;
import org.zhengtong.platform.Classification;

/**
 * 会议 of a unit. DRAFT while the organizer prepares the plan (its process at 拟定), APPROVING while the plan is on its
 * way, NOTICED once approved and sent to the attendees, CANCELLED when its process was ended. The 纪要 has a life of
 * its own ({@link MinutesStatus}).
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public enum Status { DRAFT, APPROVING, NOTICED, CANCELLED }

    public enum MinutesStatus { NONE, DRAFT, APPROVING, APPROVED, PUBLISHED }

    public static final String KEY_PREFIX = "meeting:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long unitId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;
    private String organizer;
    private String host;
    private String recorder;
    private Long bookingId;
    private Long roomId;
    private String location;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    @Enumerated(EnumType.STRING)
    private Classification classification = Classification.UNCLASSIFIED;

    private int reminderMinutes;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    private String signInCode;
    private String processInstanceId;
    private Instant noticedAt;
    private String minutesHtml;

    @Enumerated(EnumType.STRING)
    private MinutesStatus minutesStatus = MinutesStatus.NONE;

    private String minutesProcessId;
    private Instant minutesPublishedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Long unitId, String organizer, Instant createdAt) {
        this.unitId = unitId;
        this.organizer = organizer;
        this.createdAt = createdAt;
    }

    public String businessKey() {
        return KEY_PREFIX + id;
    }

    void plan(MeetingKind kind, String title, String host, String recorder, LocalDateTime startsAt,
              LocalDateTime endsAt, String location, Classification classification, int reminderMinutes) {
        this.kind = kind;
        this.title = title;
        this.host = host;
        this.recorder = recorder;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.classification = classification;
        this.reminderMinutes = reminderMinutes;
    }

    void booked(Long bookingId, Long roomId) {
        this.bookingId = bookingId;
        this.roomId = roomId;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void status(Status status) {
        this.status = status;
    }

    void noticed(Instant at, String signInCode) {
        this.status = Status.NOTICED;
        this.noticedAt = at;
        this.signInCode = signInCode;
    }

    void minutes(String html) {
        this.minutesHtml = html;
        if (minutesStatus == MinutesStatus.NONE) {
            minutesStatus = MinutesStatus.DRAFT;
        }
    }

    void minutesStatus(MinutesStatus status) {
        this.minutesStatus = status;
    }

    void minutesStartedAs(String processInstanceId) {
        this.minutesProcessId = processInstanceId;
        this.minutesStatus = MinutesStatus.APPROVING;
    }

    void minutesPublished(Instant at) {
        this.minutesStatus = MinutesStatus.PUBLISHED;
        this.minutesPublishedAt = at;
    }

    /** Whether the plan may still be changed: before it leaves the organizer. */
    public boolean editable() {
        return status == Status.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganizer() {
        return organizer;
    }

    public String getHost() {
        return host;
    }

    public String getRecorder() {
        return recorder;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getLocation() {
        return location;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Classification getClassification() {
        return classification;
    }

    public int getReminderMinutes() {
        return reminderMinutes;
    }

    public Status getStatus() {
        return status;
    }

    public String getSignInCode() {
        return signInCode;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getNoticedAt() {
        return noticedAt;
    }

    public String getMinutesHtml() {
        return minutesHtml;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public String getMinutesProcessId() {
        return minutesProcessId;
    }

    public Instant getMinutesPublishedAt() {
        return minutesPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
