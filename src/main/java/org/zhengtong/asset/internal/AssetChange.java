package org.zhengtong.asset.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of an asset in approval or decided (business key {@code asset:<id>}): what is asked, why, whether
 * 市财政局 approves too (decided on the server from the value limits when it starts), and the card before and after.
 */
@Entity
@Table(name = "asset_change")
public class AssetChange {

    public static final String KEY_PREFIX = "asset:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assetId;
    private long unitId;
    @Size(max = 40)
    @Column(name = "change_number")
    private String number;
    @Enumerated(EnumType.STRING)
    private ChangeKind kind;
    @Enumerated(EnumType.STRING)
    private ChangeStatus status;
    @Size(max = 500)
    private String reason;
    private Long toUnitId;
    private Long toDepartmentId;
    @Size(max = 40)
    private String toCustodian;
    @Size(max = 40)
    private String toUser;
    @Size(max = 200)
    private String toUse;
    private BigDecimal toValue;
    @Size(max = 200)
    private String counterparty;
    private boolean financeApproval;
    @Size(max = 1000)
    private String beforeText;
    @Size(max = 1000)
    private String afterText;
    @Size(max = 40)
    private String requestedBy;
    @Size(max = 64)
    private String processInstanceId;
    @Size(max = 2000)
    private String decisionNote;
    private Instant decidedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected AssetChange() {
    }

    AssetChange(Asset asset, String number, ChangeForm form, boolean financeApproval, String beforeText,
                String requestedBy, Instant createdAt) {
        this.assetId = asset.getId();
        this.unitId = asset.getUnitId();
        this.number = number;
        this.kind = form.kind();
        this.reason = form.reason();
        this.toUnitId = form.toUnitId();
        this.toDepartmentId = form.toDepartmentId();
        this.toCustodian = form.toCustodian();
        this.toUser = form.toUser();
        this.toUse = form.toUse();
        this.toValue = form.toValue();
        this.counterparty = form.counterparty();
        this.financeApproval = financeApproval;
        this.beforeText = beforeText;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
        this.status = ChangeStatus.PENDING;
    }

    public String businessKey() {
        return KEY_PREFIX + id;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void approved(String afterText, Instant at) {
        this.status = ChangeStatus.APPROVED;
        this.afterText = afterText;
        this.decidedAt = at;
    }

    void refused(String note, Instant at) {
        this.status = ChangeStatus.REFUSED;
        this.decisionNote = note;
        this.decidedAt = at;
    }

    void withdrawn(Instant at) {
        this.status = ChangeStatus.WITHDRAWN;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public long getAssetId() { return assetId; }
    public long getUnitId() { return unitId; }
    public String getNumber() { return number; }
    public ChangeKind getKind() { return kind; }
    public ChangeStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public Long getToUnitId() { return toUnitId; }
    public Long getToDepartmentId() { return toDepartmentId; }
    public String getToCustodian() { return toCustodian; }
    public String getToUser() { return toUser; }
    public String getToUse() { return toUse; }
    public BigDecimal getToValue() { return toValue; }
    public String getCounterparty() { return counterparty; }
    public boolean isFinanceApproval() { return financeApproval; }
    public String getBeforeText() { return beforeText; }
    public String getAfterText() { return afterText; }
    public String getRequestedBy() { return requestedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getDecisionNote() { return decisionNote; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
