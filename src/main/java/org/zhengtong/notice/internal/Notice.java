package org.zhengtong.notice.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.zhengtong.platform.Classification;

/** A notice (公告) in a column: its title, the cleaned rich text, 密级, 置顶 until a date, and when it expires. */
@Entity
@Table(name = "nt_notice")
public class Notice {

    static final String KEY_PREFIX = "notice:";
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long columnId;
    private long unitId;

    @Size(max = MAX_TITLE)
    private String title;

    @Size(max = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    private Classification classification = Classification.UNCLASSIFIED;

    @Enumerated(EnumType.STRING)
    private NoticeStatus status = NoticeStatus.REVIEW;

    @Size(max = 40)
    private String author;

    private Instant createdAt;
    private Instant publishedAt;
    private LocalDate topUntil;
    private LocalDate expiresOn;

    @Size(max = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Notice() {
    }

    Notice(NoticeColumn column, String author, Instant createdAt) {
        this.columnId = column.getId();
        this.unitId = column.getUnitId();
        this.author = author;
        this.createdAt = createdAt;
    }

    void describe(String title, String body, Classification classification, LocalDate topUntil, LocalDate expiresOn) {
        this.title = title;
        this.body = body;
        this.classification = classification;
        this.topUntil = topUntil;
        this.expiresOn = expiresOn;
    }

    void startedReview(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void publish(Instant at) {
        status = NoticeStatus.PUBLISHED;
        publishedAt = at;
    }

    void refuse() {
        status = NoticeStatus.REFUSED;
    }

    void withdraw() {
        status = NoticeStatus.WITHDRAWN;
    }

    /** Published and not yet expired: on the front page and the 工作台. */
    boolean current(LocalDate today) {
        return status == NoticeStatus.PUBLISHED && (expiresOn == null || expiresOn.isAfter(today));
    }

    boolean topOn(LocalDate today) {
        return topUntil != null && !topUntil.isBefore(today);
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    public Long getId() {
        return id;
    }

    public long getColumnId() {
        return columnId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Classification getClassification() {
        return classification;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getTopUntil() {
        return topUntil;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
