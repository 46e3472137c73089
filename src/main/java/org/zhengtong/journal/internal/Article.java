package org.zhengtong.journal.internal;

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
import org.zhengtong.platform.Classification;

/**
 * An article submitted to a publication (报送信息): title, cleaned rich text, 密级, the submitting unit and author, the
 * editors' decision (and the reason of a 不采用) and, once composed, its issue and place in it.
 */
@Entity
@Table(name = "jnl_article")
public class Article {

    static final String KEY_PREFIX = "journal:";
    static final int MAX_TITLE = 200;
    static final int MAX_CONTENT = 20000;
    static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long publicationId;
    private long unitId;
    private Long departmentId;

    @Size(max = 40)
    private String author;

    @Size(max = MAX_TITLE)
    private String title;

    @Size(max = MAX_CONTENT)
    private String content;

    @Enumerated(EnumType.STRING)
    private Classification classification = Classification.UNCLASSIFIED;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Size(max = MAX_REASON)
    private String reason;

    private Instant submittedAt;

    @Size(max = 40)
    private String decidedBy;

    private Instant decidedAt;
    private Long issueId;
    private Integer issuePosition;

    @Size(max = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Article() {
    }

    Article(long publicationId, long unitId, Long departmentId, String author, Instant submittedAt) {
        this.publicationId = publicationId;
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.author = author;
        this.submittedAt = submittedAt;
    }

    void describe(String title, String content, Classification classification) {
        this.title = title;
        this.content = content;
        this.classification = classification;
    }

    void startedReview(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void status(ArticleStatus status) {
        this.status = status;
    }

    void decide(ArticleStatus decision, String by, Instant at, String reason) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = reason;
    }

    void placeIn(Long issueId, Integer position) {
        this.issueId = issueId;
        this.issuePosition = position;
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    public Long getId() {
        return id;
    }

    public long getPublicationId() {
        return publicationId;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public Classification getClassification() {
        return classification;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getIssueId() {
        return issueId;
    }

    public Integer getIssuePosition() {
        return issuePosition;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
