package org.zhengtong.chronicle.internal;

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

/**
 * An entry of a unit's 大事记: the day, title, cleaned rich text, category, 密级, an optional link to a 公文 or a
 * meeting (with the title it had when linked), who submitted it and how far it has come.
 */
@Entity
@Table(name = "chr_entry")
public class ChronicleEntry {

    static final String KEY_PREFIX = "chronicle:";
    static final int MAX_TITLE = 200;
    static final int MAX_CONTENT = 20000;
    static final int MAX_LINK_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private Long departmentId;
    private LocalDate eventDate;

    @Size(max = MAX_TITLE)
    private String title;

    @Size(max = MAX_CONTENT)
    private String content;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Classification classification = Classification.UNCLASSIFIED;

    @Enumerated(EnumType.STRING)
    private EntryStatus status = EntryStatus.DRAFT;

    @Size(max = 40)
    private String submitter;

    @Enumerated(EnumType.STRING)
    private LinkKind linkKind;

    private Long linkId;

    @Size(max = MAX_LINK_TITLE)
    private String linkTitle;

    private Instant createdAt;

    @Size(max = 40)
    private String approvedBy;

    private Instant approvedAt;
    private Instant publishedAt;
    private boolean cityIncluded;
    private Instant cityIncludedAt;

    @Size(max = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected ChronicleEntry() {
    }

    ChronicleEntry(long unitId, Long departmentId, String submitter, Instant createdAt) {
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.submitter = submitter;
        this.createdAt = createdAt;
    }

    void describe(LocalDate eventDate, String title, String content, Category category,
                  Classification classification, LinkKind linkKind, Long linkId, String linkTitle) {
        this.eventDate = eventDate;
        this.title = title;
        this.content = content;
        this.category = category;
        this.classification = classification;
        this.linkKind = linkKind;
        this.linkId = linkId;
        this.linkTitle = linkTitle;
    }

    void startedReview(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void status(EntryStatus status) {
        this.status = status;
    }

    void approve(String by, Instant at) {
        status = EntryStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    void publish(Instant at) {
        status = EntryStatus.PUBLISHED;
        publishedAt = at;
    }

    void includeInCity(boolean included, Instant at) {
        cityIncluded = included;
        cityIncludedAt = included ? at : null;
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public Category getCategory() {
        return category;
    }

    public Classification getClassification() {
        return classification;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getSubmitter() {
        return submitter;
    }

    public LinkKind getLinkKind() {
        return linkKind;
    }

    public Long getLinkId() {
        return linkId;
    }

    public String getLinkTitle() {
        return linkTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isCityIncluded() {
        return cityIncluded;
    }

    public Instant getCityIncludedAt() {
        return cityIncludedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
