package org.zhengtong.accountrequest.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.zhengtong.platform.AccountOpening;

/**
 * 账号申请表: a unit asks for an OA account for one of its people. The approval runs on the workflow engine; the
 * status here records its outcome, set when the decision task completes.
 */
@Entity
@Table(name = "sec_account_application")
public class AccountApplication {

    public enum Status { PENDING, APPROVED, REJECTED }

    static final String KEY_PREFIX = "account-application:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long unitId;
    private Long departmentId;
    private String applicantName;
    /** A position code of the organization ({@code CLERK}…). */
    private String position;
    private String phone;
    private String reason;
    private String requestedUsername;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private Long accountId;
    private String processInstanceId;

    @Version
    private long version;

    protected AccountApplication() {
    }

    AccountApplication(ApplicationForm form, String submittedBy, Instant submittedAt) {
        this.unitId = form.unitId();
        this.departmentId = form.departmentId();
        this.applicantName = form.applicantName().strip();
        this.position = form.position();
        this.phone = form.phone();
        this.reason = form.reason().strip();
        this.requestedUsername = form.requestedUsername().strip();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(Status decision, String decidedBy, Instant decidedAt, String note) {
        this.status = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionNote = note;
    }

    void linkAccount(Long accountId) {
        this.accountId = accountId;
    }

    /** The account the application asks for. */
    AccountOpening.NewAccount newAccount() {
        return new AccountOpening.NewAccount(unitId, departmentId, applicantName, position, phone, requestedUsername);
    }

    public String businessKey() {
        return KEY_PREFIX + id;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public Long getDepartmentId() { return departmentId; }
    public String getApplicantName() { return applicantName; }
    public String getPosition() { return position; }
    public String getPhone() { return phone; }
    public String getReason() { return reason; }
    public String getRequestedUsername() { return requestedUsername; }
    public Status getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public Long getAccountId() { return accountId; }
    public String getProcessInstanceId() { return processInstanceId; }
}
