package org.zhengtong.reception.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A reception's registration and plan as the page and the API send it: times in the application's zone, amounts in
 * 元, the host department by id, the person in charge and the 陪同人员 by username. Rows left empty on the page
 * (no name, no date, no content) are ignored.
 */
public class ReceptionForm {

    /** What a registration claims its idempotency key for. */
    public static final String REQUEST_KIND = "reception.register";

    @NotBlank(message = "{reception.validation.visitingUnit}") @Size(max = 100, message = "{validation.size}")
    private String visitingUnit;
    @NotBlank(message = "{reception.validation.leaderName}") @Size(max = 50, message = "{validation.size}")
    private String leaderName;
    @Size(max = 100, message = "{validation.size}")
    private String leaderTitle;
    @NotNull(message = "{reception.validation.visitorCount}")
    @Min(value = 1, message = "{reception.validation.visitorCount}")
    @Max(value = 500, message = "{reception.validation.visitorCount}")
    private Integer visitorCount;
    @NotNull(message = "{reception.validation.level}")
    private ReceptionLevel level;
    @NotBlank(message = "{reception.validation.reason}") @Size(max = 500, message = "{validation.size}")
    private String reason;
    @NotNull(message = "{reception.validation.arrivalAt}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime arrivalAt;
    @NotNull(message = "{reception.validation.departureAt}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime departureAt;
    private Long hostDepartmentId;
    @Size(max = 100, message = "{validation.size}")
    private String inCharge;
    @Size(max = 200, message = "{validation.size}")
    private String venues;
    @Size(max = 200, message = "{validation.size}")
    private String accommodation;
    @Size(max = 200, message = "{validation.size}")
    private String vehicles;
    @DecimalMin(value = "0", message = "{reception.validation.amount}")
    @DecimalMax(value = "10000000", message = "{reception.validation.amount}")
    @Digits(integer = 8, fraction = 2, message = "{reception.validation.amount}")
    private BigDecimal otherBudget;
    @Valid @Size(max = 100, message = "{reception.validation.rows}")
    private List<MemberRow> members = new ArrayList<>();
    @Valid @Size(max = 60, message = "{reception.validation.rows}")
    private List<MealRow> meals = new ArrayList<>();
    @Valid @Size(max = 100, message = "{reception.validation.rows}")
    private List<AgendaRow> agenda = new ArrayList<>();
    @Size(max = 50, message = "{reception.validation.rows}")
    private List<String> companions = new ArrayList<>();

    public static class MemberRow {
        @Size(max = 50, message = "{validation.size}")
        private String name;
        @Size(max = 100, message = "{validation.size}")
        private String title;

        public MemberRow() {
        }

        public MemberRow(String name, String title) {
            this.name = name;
            this.title = title;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    public static class MealRow {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private MealKind kind;
        @Min(value = 0, message = "{reception.validation.mealPeople}")
        @Max(value = 500, message = "{reception.validation.mealPeople}")
        private Integer guests;
        @Min(value = 0, message = "{reception.validation.mealPeople}")
        @Max(value = 500, message = "{reception.validation.mealPeople}")
        private Integer hosts;
        @DecimalMin(value = "0", message = "{reception.validation.amount}")
        @DecimalMax(value = "10000", message = "{reception.validation.standard}")
        @Digits(integer = 6, fraction = 2, message = "{reception.validation.amount}")
        private BigDecimal standard;

        public MealRow() {
        }

        public MealRow(LocalDate date, MealKind kind, Integer guests, Integer hosts, BigDecimal standard) {
            this.date = date;
            this.kind = kind;
            this.guests = guests;
            this.hosts = hosts;
            this.standard = standard;
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public MealKind getKind() { return kind; }
        public void setKind(MealKind kind) { this.kind = kind; }
        public Integer getGuests() { return guests; }
        public void setGuests(Integer guests) { this.guests = guests; }
        public Integer getHosts() { return hosts; }
        public void setHosts(Integer hosts) { this.hosts = hosts; }
        public BigDecimal getStandard() { return standard; }
        public void setStandard(BigDecimal standard) { this.standard = standard; }
    }

    public static class AgendaRow {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime startsAt;
        @Size(max = 200, message = "{validation.size}")
        private String content;
        @Size(max = 100, message = "{validation.size}")
        private String place;

        public AgendaRow() {
        }

        public AgendaRow(LocalDateTime startsAt, String content, String place) {
            this.startsAt = startsAt;
            this.content = content;
            this.place = place;
        }

        public LocalDateTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
    }

    public String getVisitingUnit() { return visitingUnit; }
    public void setVisitingUnit(String visitingUnit) { this.visitingUnit = visitingUnit; }
    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
    public String getLeaderTitle() { return leaderTitle; }
    public void setLeaderTitle(String leaderTitle) { this.leaderTitle = leaderTitle; }
    public Integer getVisitorCount() { return visitorCount; }
    public void setVisitorCount(Integer visitorCount) { this.visitorCount = visitorCount; }
    public ReceptionLevel getLevel() { return level; }
    public void setLevel(ReceptionLevel level) { this.level = level; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getArrivalAt() { return arrivalAt; }
    public void setArrivalAt(LocalDateTime arrivalAt) { this.arrivalAt = arrivalAt; }
    public LocalDateTime getDepartureAt() { return departureAt; }
    public void setDepartureAt(LocalDateTime departureAt) { this.departureAt = departureAt; }
    public Long getHostDepartmentId() { return hostDepartmentId; }
    public void setHostDepartmentId(Long hostDepartmentId) { this.hostDepartmentId = hostDepartmentId; }
    public String getInCharge() { return inCharge; }
    public void setInCharge(String inCharge) { this.inCharge = inCharge; }
    public String getVenues() { return venues; }
    public void setVenues(String venues) { this.venues = venues; }
    public String getAccommodation() { return accommodation; }
    public void setAccommodation(String accommodation) { this.accommodation = accommodation; }
    public String getVehicles() { return vehicles; }
    public void setVehicles(String vehicles) { this.vehicles = vehicles; }
    public BigDecimal getOtherBudget() { return otherBudget; }
    public void setOtherBudget(BigDecimal otherBudget) { this.otherBudget = otherBudget; }
    public List<MemberRow> getMembers() { return members; }
    public void setMembers(List<MemberRow> members) { this.members = members == null ? new ArrayList<>() : members; }
    public List<MealRow> getMeals() { return meals; }
    public void setMeals(List<MealRow> meals) { this.meals = meals == null ? new ArrayList<>() : meals; }
    public List<AgendaRow> getAgenda() { return agenda; }
    public void setAgenda(List<AgendaRow> agenda) { this.agenda = agenda == null ? new ArrayList<>() : agenda; }
    public List<String> getCompanions() { return companions; }
    public void setCompanions(List<String> companions) {
        this.companions = companions == null ? new ArrayList<>() : companions;
    }
}
