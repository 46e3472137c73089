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
import java.time.LocalDate;

/**
 * An asset card (资产卡片). What is under approval — status, unit, department, custodian, user, use, value and
 * existence — changes only in {@link #apply} when a change is approved; the card's own setters change the place and
 * remarks (where it stands and notes, which move no responsibility) and the attached files. A card with a change
 * in approval names it ({@code pendingChangeId}): it takes no second one.
 */
@Entity
@Table(name = "asset_card")
public class Asset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Size(max = 40)
    @Column(name = "asset_number")
    private String number;
    @Size(max = 9)
    private String categoryCode;
    @Size(max = 100)
    private String name;
    @Size(max = 100)
    private String model;
    private int quantity;
    private BigDecimal originalValue;
    @Enumerated(EnumType.STRING)
    private Acquisition acquisition;
    private LocalDate acquiredOn;
    @Enumerated(EnumType.STRING)
    private Funding funding;
    private Long departmentId;
    @Size(max = 40)
    private String custodian;
    @Size(max = 40)
    @Column(name = "asset_user")
    private String user;
    @Size(max = 200)
    @Column(name = "asset_use")
    private String use;
    @Size(max = 200)
    private String place;
    @Enumerated(EnumType.STRING)
    private AssetStatus status;
    @Size(max = 100)
    private String serialNumber;
    @Size(max = 40)
    private String invoiceNumber;
    private Integer invoiceLine;
    @Size(max = 200)
    private String invoiceFileKey;
    @Size(max = 200)
    private String invoiceFileName;
    @Size(max = 200)
    private String contractFileKey;
    @Size(max = 200)
    private String contractFileName;
    @Size(max = 200)
    private String lentTo;
    @Size(max = 500)
    private String remarks;
    private LocalDate leftOn;
    private Long pendingChangeId;
    @Size(max = 40)
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Asset() {
    }

    Asset(long unitId, String number, AssetForm form, AssetStatus status, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.number = number;
        this.categoryCode = form.categoryCode();
        this.name = form.name();
        this.model = form.model();
        this.quantity = form.quantity();
        this.originalValue = form.originalValue();
        this.acquisition = form.acquisition();
        this.acquiredOn = form.acquiredOn();
        this.funding = form.funding();
        this.departmentId = form.departmentId();
        this.custodian = form.custodian();
        this.user = form.user();
        this.use = form.use();
        this.place = form.place();
        this.serialNumber = form.serialNumber();
        this.invoiceNumber = form.invoiceNumber();
        this.invoiceLine = form.invoiceLine();
        this.remarks = form.remarks();
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(String place, String remarks) {
        this.place = place;
        this.remarks = remarks;
    }

    void attachInvoice(String key, String fileName) {
        this.invoiceFileKey = key;
        this.invoiceFileName = fileName;
    }

    void attachContract(String key, String fileName) {
        this.contractFileKey = key;
        this.contractFileName = fileName;
    }

    void pending(Long changeId) {
        this.pendingChangeId = changeId;
    }

    /** The approved change, as the change asked: the only way the fields under approval change. */
    void apply(AssetChange change, String newNumber, LocalDate on) {
        switch (change.getKind()) {
            case ALLOCATE, RECEIVE -> {
                this.departmentId = change.getToDepartmentId();
                this.custodian = change.getToCustodian() == null ? custodian : change.getToCustodian();
                this.user = change.getToUser();
            }
            case TRANSFER -> {
                if (change.getToUnitId() != null && change.getToUnitId() != unitId) {
                    this.unitId = change.getToUnitId();
                    this.number = newNumber;
                    this.custodian = null;
                    this.user = null;
                    this.status = AssetStatus.IDLE;
                }
                this.departmentId = change.getToDepartmentId();
                if (change.getToCustodian() != null) {
                    this.custodian = change.getToCustodian();
                }
                if (change.getToUser() != null) {
                    this.user = change.getToUser();
                }
            }
            case CHANGE_USE -> this.use = change.getToUse();
            case LEND -> this.lentTo = change.getCounterparty();
            case RECALL -> this.lentTo = null;
            case INVEST -> this.lentTo = change.getCounterparty();
            case REVALUE -> this.originalValue = change.getToValue();
            case SCRAP, LOSS, DISPOSE -> this.leftOn = on;
            case SURPLUS -> {
                // the card as registered is confirmed
            }
        }
        AssetStatus next = change.getKind().resultingStatus();
        if (next != null) {
            this.status = next;
        }
        this.pendingChangeId = null;
    }

    /** A 盘盈 card whose confirmation was refused: it never was the unit's. */
    void voided() {
        this.status = AssetStatus.VOID;
        this.pendingChangeId = null;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getNumber() { return number; }
    public String getCategoryCode() { return categoryCode; }
    public String getName() { return name; }
    public String getModel() { return model; }
    public int getQuantity() { return quantity; }
    public BigDecimal getOriginalValue() { return originalValue; }
    public Acquisition getAcquisition() { return acquisition; }
    public LocalDate getAcquiredOn() { return acquiredOn; }
    public Funding getFunding() { return funding; }
    public Long getDepartmentId() { return departmentId; }
    public String getCustodian() { return custodian; }
    public String getUser() { return user; }
    public String getUse() { return use; }
    public String getPlace() { return place; }
    public AssetStatus getStatus() { return status; }
    public String getSerialNumber() { return serialNumber; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public Integer getInvoiceLine() { return invoiceLine; }
    public String getInvoiceFileKey() { return invoiceFileKey; }
    public String getInvoiceFileName() { return invoiceFileName; }
    public String getContractFileKey() { return contractFileKey; }
    public String getContractFileName() { return contractFileName; }
    public String getLentTo() { return lentTo; }
    public String getRemarks() { return remarks; }
    public LocalDate getLeftOn() { return leftOn; }
    public Long getPendingChangeId() { return pendingChangeId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
