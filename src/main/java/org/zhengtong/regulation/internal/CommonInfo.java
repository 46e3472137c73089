package org.zhengtong.regulation.internal;

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

/** A 常用信息 entry: a telephone number, a guide or a link (http or https only), with a short text. */
@Entity
@Table(name = "regulation_info")
public class CommonInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    @Enumerated(EnumType.STRING)
    private InfoCategory category;
    @Size(max = 200)
    private String title;
    @Size(max = 500)
    private String url;
    @Size(max = 2000)
    private String text;
    @Size(max = 40)
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected CommonInfo() {
    }

    CommonInfo(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(CommonInfoForm form, String url) {
        this.scope = form.scope() == null ? Scope.UNIT : form.scope();
        this.category = form.category();
        this.title = form.title().strip();
        this.url = url;
        this.text = RegulationService.blankToNull(form.text());
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public Scope getScope() { return scope; }
    public InfoCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public String getUrl() { return url; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
