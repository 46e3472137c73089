package org.zhengtong.petition.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A 信访事项 (case): how it came, the petitioner (personal data: name, 身份证号码, phone, address — shown only to the
 * office and the case's handlers), the matter and whom it complains about, its deadlines in working days and where it
 * stands. Changed only through {@link PetitionService}.
 */
@Entity
@Table(name = "petition_case")
public class Petition {

    static final String KEY_PREFIX = "petition:";
    static final int MAX_SUMMARY = 200;
    static final int MAX_CONTENT = 4000;
    static final int MAX_NAME = 50;
    static final int MAX_ADDRESS = 200;
    static final int MAX_PEOPLE = 200;
    static final int MAX_NOTE = 2000;
    static final int MAX_REPLY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    @Column(name = "case_number")
    @Size(max = 40)
    private String number;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private boolean groupVisit;
    private int peopleCount;

    @Size(max = MAX_NAME)
    private String petitionerName;

    @Size(max = 18)
    private String idNumber;

    @Size(max = 20)
    private String phone;

    @Size(max = MAX_ADDRESS)
    private String address;

    @Size(max = Matter.MAX_CODE)
    private String matterCode;

    @Size(max = MAX_SUMMARY)
    private String summary;

    @Size(max = MAX_CONTENT)
    private String content;

    @Size(max = MAX_PEOPLE)
    private String complainedPeople;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "petition_complained_unit", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "unit_id")
    private Set<Long> complainedUnitIds = new LinkedHashSet<>();

    private LocalDate receivedOn;

    @Size(max = 100)
    private String registeredBy;

    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    private ReviewLevel reviewLevel;

    private Long parentId;

    /** Earlier cases of the same petitioner (身份证号码) on the same matter, when registered. */
    private int earlierCases;

    @Enumerated(EnumType.STRING)
    private PetitionStatus status;

    @Size(max = 100)
    private String office;

    @Size(max = 100)
    private String leader;

    private LocalDate acceptDue;
    private LocalDate acceptedOn;
    private LocalDate handleDue;
    private boolean extended;

    @Size(max = 500)
    private String extensionReason;

    @Size(max = 64)
    private String extensionProcessId;

    @Size(max = MAX_NOTE)
    private String dispositionNote;

    @Size(max = 100)
    private String forwardedTo;

    @Size(max = MAX_REPLY)
    private String replyText;

    private LocalDate repliedOn;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    private LocalDate closedOn;

    @Size(max = 100)
    private String archivalCode;

    @Size(max = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Petition() {
    }

    Petition(long unitId, String number, Registration registration, String registeredBy, Instant registeredAt,
             String office, LocalDate acceptDue, int earlierCases) {
        this.unitId = unitId;
        this.number = number;
        this.channel = registration.channel();
        this.groupVisit = registration.groupVisit();
        this.peopleCount = registration.peopleCount();
        this.petitionerName = registration.name();
        this.idNumber = registration.idNumber();
        this.phone = registration.phone();
        this.address = registration.address();
        this.matterCode = registration.matterCode();
        this.summary = registration.summary();
        this.content = registration.content();
        this.complainedPeople = registration.complainedPeople();
        this.complainedUnitIds = new LinkedHashSet<>(registration.complainedUnitIds());
        this.receivedOn = registration.receivedOn();
        this.reviewLevel = registration.level();
        this.parentId = registration.parentId();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.office = office;
        this.acceptDue = acceptDue;
        this.earlierCases = earlierCases;
        this.status = PetitionStatus.REGISTERED;
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void proposed(String leader) {
        this.leader = leader;
    }

    void disposed(PetitionStatus status, String note, String forwardedTo, LocalDate on) {
        this.status = status;
        this.dispositionNote = note;
        this.forwardedTo = forwardedTo;
        this.closedOn = on;
    }

    void accepted(LocalDate on, LocalDate handleDue) {
        this.status = PetitionStatus.HANDLING;
        this.acceptedOn = on;
        this.handleDue = handleDue;
    }

    void backToRegistered() {
        this.status = PetitionStatus.REGISTERED;
        this.acceptedOn = null;
        this.handleDue = null;
    }

    void extensionRequested(String reason, String processId) {
        this.extensionReason = reason;
        this.extensionProcessId = processId;
    }

    void extended(LocalDate handleDue) {
        this.extended = true;
        this.handleDue = handleDue;
    }

    void draftReply(String text) {
        this.replyText = text;
    }

    void replied(LocalDate on) {
        this.status = PetitionStatus.REPLIED;
        this.repliedOn = on;
    }

    void closed(Satisfaction satisfaction, LocalDate on) {
        this.satisfaction = satisfaction;
        this.status = PetitionStatus.CLOSED;
        this.closedOn = on;
    }

    void archived(String code) {
        this.status = PetitionStatus.ARCHIVED;
        this.archivalCode = code;
    }

    /** The deadline running now: 受理 before acceptance, 办理 after, none once replied or finished. */
    LocalDate currentDue() {
        return switch (status) {
            case REGISTERED -> acceptDue;
            case HANDLING -> handleDue;
            default -> null;
        };
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getNumber() { return number; }
    public Channel getChannel() { return channel; }
    public boolean isGroupVisit() { return groupVisit; }
    public int getPeopleCount() { return peopleCount; }
    public String getPetitionerName() { return petitionerName; }
    public String getIdNumber() { return idNumber; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getMatterCode() { return matterCode; }
    public String getSummary() { return summary; }
    public String getContent() { return content; }
    public String getComplainedPeople() { return complainedPeople; }
    public Set<Long> getComplainedUnitIds() { return Set.copyOf(complainedUnitIds); }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public ReviewLevel getReviewLevel() { return reviewLevel; }
    public Long getParentId() { return parentId; }
    public int getEarlierCases() { return earlierCases; }
    public PetitionStatus getStatus() { return status; }
    public String getOffice() { return office; }
    public String getLeader() { return leader; }
    public LocalDate getAcceptDue() { return acceptDue; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public LocalDate getHandleDue() { return handleDue; }
    public boolean isExtended() { return extended; }
    public String getExtensionReason() { return extensionReason; }
    public String getExtensionProcessId() { return extensionProcessId; }
    public String getDispositionNote() { return dispositionNote; }
    public String getForwardedTo() { return forwardedTo; }
    public String getReplyText() { return replyText; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getArchivalCode() { return archivalCode; }
    public String getProcessInstanceId() { return processInstanceId; }
}
