package org.zhengtong.supplies.internal;

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
import java.time.Instant;

/** 领用申请: someone of the unit asks a store for a quantity of an item, for a purpose; approved on the engine. */
@Entity
@Table(name = "supplies_request")
public class SupplyRequest {

    static final String KEY_PREFIX = "supplies:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Column(name = "request_number")
    @Size(max = 40)
    private String number;
    private long storeId;
    private long itemId;
    private int quantity;
    @Size(max = 500)
    private String purpose;
    @Size(max = 40)
    private String requestedBy;
    private Long departmentId;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    @Size(max = 64)
    private String processInstanceId;
    @Size(max = 2000)
    private String decisionNote;
    @Size(max = 40)
    private String issuedBy;
    private Instant issuedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected SupplyRequest() {
    }

    SupplyRequest(long unitId, String number, long storeId, long itemId, int quantity, String purpose,
                  String requestedBy, Long departmentId, Instant createdAt) {
        this.unitId = unitId;
        this.number = number;
        this.storeId = storeId;
        this.itemId = itemId;
        this.quantity = quantity;
        this.purpose = purpose;
        this.requestedBy = requestedBy;
        this.departmentId = departmentId;
        this.status = RequestStatus.PENDING;
        this.createdAt = createdAt;
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void issued(String keeper, Instant at) {
        this.status = RequestStatus.ISSUED;
        this.issuedBy = keeper;
        this.issuedAt = at;
    }

    void refused(String reason) {
        this.status = RequestStatus.REJECTED;
        this.decisionNote = reason;
    }

    void cancelled() {
        this.status = RequestStatus.CANCELLED;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getNumber() { return number; }
    public long getStoreId() { return storeId; }
    public long getItemId() { return itemId; }
    public int getQuantity() { return quantity; }
    public String getPurpose() { return purpose; }
    public String getRequestedBy() { return requestedBy; }
    public Long getDepartmentId() { return departmentId; }
    public RequestStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getDecisionNote() { return decisionNote; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
