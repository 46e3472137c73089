package org.zhengtong.reception.internal;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One reception (接待) of a unit: the visit as registered, its plan, where it stands ({@link ReceptionStatus}), its
 * approval process when it had one, and the costs recorded after the visit. Business key {@code reception:<id>}.
 */
@Entity
@Table(name = "reception_visit")
public class Reception {

    public static final String KEY_PREFIX = "reception:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Column(name = "reception_number")
    private String number;
    private String visitingUnit;
    private String leaderName;
    private String leaderTitle;
    private int visitorCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_level")
    private ReceptionLevel level;
    private String reason;
    private String letterKey;
    private String letterName;
    private Instant arrivalAt;
    private Instant departureAt;
    private Long hostDepartmentId;
    private String inCharge;
    private String venues;
    private String accommodation;
    private String vehicles;
    private BigDecimal otherBudget = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    private ReceptionStatus status;
    private String processInstanceId;
    private String decisionNote;
    private BigDecimal mealCost;
    private BigDecimal accommodationCost;
    private BigDecimal transportCost;
    private BigDecimal otherCost;
    private String costNote;
    private String registeredBy;
    private Instant registeredAt;
    private Instant completedAt;

    @ElementCollection
    @CollectionTable(name = "reception_member", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "sort_order")
    private List<Member> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reception_meal", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "sort_order")
    private List<Meal> meals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reception_agenda", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "sort_order")
    private List<AgendaItem> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reception_companion", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "username")
    private List<String> companions = new ArrayList<>();

    @Version
    private long version;

    protected Reception() {
    }

    Reception(long unitId, String number, String registeredBy, Instant registeredAt) {
        this.unitId = unitId;
        this.number = number;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.status = ReceptionStatus.DRAFT;
    }

    /** The registration and plan as the form gives them (already checked). */
    void plan(ReceptionPlan plan) {
        this.visitingUnit = plan.visitingUnit();
        this.leaderName = plan.leaderName();
        this.leaderTitle = plan.leaderTitle();
        this.visitorCount = plan.visitorCount();
        this.level = plan.level();
        this.reason = plan.reason();
        this.arrivalAt = plan.arrivalAt();
        this.departureAt = plan.departureAt();
        this.hostDepartmentId = plan.hostDepartmentId();
        this.inCharge = plan.inCharge();
        this.venues = plan.venues();
        this.accommodation = plan.accommodation();
        this.vehicles = plan.vehicles();
        this.otherBudget = plan.otherBudget();
        this.members.clear();
        this.members.addAll(plan.members());
        this.meals.clear();
        this.meals.addAll(plan.meals());
        this.agenda.clear();
        this.agenda.addAll(plan.agenda());
        this.companions.clear();
        this.companions.addAll(plan.companions());
    }

    void letter(String key, String name) {
        this.letterKey = key;
        this.letterName = name;
    }

    void submitted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
        this.status = processInstanceId == null ? ReceptionStatus.ARRANGED : ReceptionStatus.PENDING;
        this.decisionNote = null;
    }

    void approved(String note) {
        this.status = ReceptionStatus.ARRANGED;
        this.decisionNote = note;
    }

    /** Back to 登记: refused at approval (with the reason), the process ended, or taken back to change the plan. */
    void backToDraft(String note) {
        this.status = ReceptionStatus.DRAFT;
        this.decisionNote = note;
    }

    void costs(BigDecimal meal, BigDecimal accommodation, BigDecimal transport, BigDecimal other, String note,
               Instant now) {
        this.mealCost = meal;
        this.accommodationCost = accommodation;
        this.transportCost = transport;
        this.otherCost = other;
        this.costNote = note;
        this.status = ReceptionStatus.COMPLETED;
        if (completedAt == null) {
            this.completedAt = now;
        }
    }

    void cancel(String note) {
        this.status = ReceptionStatus.CANCELLED;
        this.decisionNote = note;
    }

    public String businessKey() {
        return KEY_PREFIX + id;
    }

    /** Planned: every meal at its standard, plus the other budget (accommodation, transport …). */
    public BigDecimal getPlannedCost() {
        BigDecimal total = otherBudget == null ? BigDecimal.ZERO : otherBudget;
        for (Meal meal : meals) {
            total = total.add(meal.getPlannedCost());
        }
        return total;
    }

    /** Recorded: the sum of the costs, zero before they are recorded. */
    public BigDecimal getTotalCost() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal cost : new BigDecimal[] {mealCost, accommodationCost, transportCost, otherCost}) {
            if (cost != null) {
                total = total.add(cost);
            }
        }
        return total;
    }

    public boolean isEditable() {
        return status == ReceptionStatus.DRAFT;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getNumber() { return number; }
    public String getVisitingUnit() { return visitingUnit; }
    public String getLeaderName() { return leaderName; }
    public String getLeaderTitle() { return leaderTitle; }
    public int getVisitorCount() { return visitorCount; }
    public ReceptionLevel getLevel() { return level; }
    public String getReason() { return reason; }
    public String getLetterKey() { return letterKey; }
    public String getLetterName() { return letterName; }
    public Instant getArrivalAt() { return arrivalAt; }
    public Instant getDepartureAt() { return departureAt; }
    public Long getHostDepartmentId() { return hostDepartmentId; }
    public String getInCharge() { return inCharge; }
    public String getVenues() { return venues; }
    public String getAccommodation() { return accommodation; }
    public String getVehicles() { return vehicles; }
    public BigDecimal getOtherBudget() { return otherBudget; }
    public ReceptionStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getDecisionNote() { return decisionNote; }
    public BigDecimal getMealCost() { return mealCost; }
    public BigDecimal getAccommodationCost() { return accommodationCost; }
    public BigDecimal getTransportCost() { return transportCost; }
    public BigDecimal getOtherCost() { return otherCost; }
    public String getCostNote() { return costNote; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getCompletedAt() { return completedAt; }
    public List<Member> getMembers() { return List.copyOf(members); }
    public List<Meal> getMeals() { return List.copyOf(meals); }
    public List<AgendaItem> getAgenda() { return List.copyOf(agenda); }
    public List<String> getCompanions() { return List.copyOf(companions); }
}
