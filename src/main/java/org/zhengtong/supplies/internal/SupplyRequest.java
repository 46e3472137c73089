package org.zhengtong.supplies.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 领用申请: someone of the unit asks a store for several items (lines), each for a purpose; approved on the engine. */
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
    @ElementCollection
    @CollectionTable(name = "supplies_request_line", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "line_no")
    private List<RequestLine> lines = new ArrayList<>();
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

    SupplyRequest(long unitId, String number, long storeId, List<RequestLine> lines, String requestedBy,
                  Long departmentId, Instant createdAt) {
        this.unitId = unitId;
        this.number = number;
        this.storeId = storeId;
        this.lines = new ArrayList<>(lines);
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
    public List<RequestLine> getLines() { return List.copyOf(lines); }
    public String getRequestedBy() { return requestedBy; }
    public Long getDepartmentId() { return departmentId; }
    public RequestStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getDecisionNote() { return decisionNote; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
