package org.zhengtong.reception.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A unit's own rule for when its reception plans go to approval, as its reception desk set it. */
@Entity
@Table(name = "reception_rule")
class ReceptionRule {

    @Id
    private Long unitId;

    @Enumerated(EnumType.STRING)
    private ApprovalRule approval;

    private BigDecimal approvalAmount;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected ReceptionRule() {
    }

    ReceptionRule(Long unitId) {
        this.unitId = unitId;
    }

    void set(ApprovalRule approval, BigDecimal approvalAmount, String by, Instant at) {
        this.approval = approval;
        this.approvalAmount = approvalAmount;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    ApprovalRule getApproval() {
        return approval;
    }

    BigDecimal getApprovalAmount() {
        return approvalAmount;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
