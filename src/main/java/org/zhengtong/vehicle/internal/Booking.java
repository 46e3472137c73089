package org.zhengtong.vehicle.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A 用车申请: who books, for when, where to, how many, why; its approval process (business key
 * {@code vehicle:<id>}), the car and driver assigned at 派车, and the trip as recorded at 出车 and 还车.
 */
@Entity
@Table(name = "vehicle_booking")
public class Booking {

    public static final String KEY_PREFIX = "vehicle:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Column(name = "booking_number")
    private String number;
    private String bookedBy;
    private Long departmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "trip_scope")
    private TripScope scope;
    private Instant startsAt;
    private Instant endsAt;
    private String destination;
    private int passengers;
    private String reason;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    private String processInstanceId;
    private String decisionNote;
    private Long carId;
    private Long driverId;
    private String assignedBy;
    private Instant assignedAt;
    private Instant departedAt;
    private Integer departureMileage;
    private Instant returnedAt;
    private Integer returnMileage;
    private BigDecimal fuelLitres;
    private BigDecimal fuelCost;
    private String tripNote;
    private Instant createdAt;

    @Version
    private long version;

    protected Booking() {
    }

    Booking(long unitId, String number, String bookedBy, Long departmentId, TripScope scope, Instant startsAt,
            Instant endsAt, String destination, int passengers, String reason, Instant createdAt) {
        this.unitId = unitId;
        this.number = number;
        this.bookedBy = bookedBy;
        this.departmentId = departmentId;
        this.scope = scope;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.destination = destination;
        this.passengers = passengers;
        this.reason = reason;
        this.createdAt = createdAt;
        this.status = BookingStatus.PENDING;
    }

    public String businessKey() {
        return KEY_PREFIX + id;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Where the approval stands: at 派车 or before it. */
    void atDispatch(boolean dispatch) {
        if (status.inProcess()) {
            this.status = dispatch ? BookingStatus.APPROVED : BookingStatus.PENDING;
        }
    }

    void refused(String reason) {
        this.status = BookingStatus.REJECTED;
        this.decisionNote = reason;
    }

    void assigned(long carId, long driverId, String by, Instant at) {
        this.carId = carId;
        this.driverId = driverId;
        this.assignedBy = by;
        this.assignedAt = at;
        this.status = BookingStatus.ASSIGNED;
    }

    void departed(Instant at, int mileage) {
        this.departedAt = at;
        this.departureMileage = mileage;
        this.status = BookingStatus.DEPARTED;
    }

    void returned(Instant at, int mileage, BigDecimal fuelLitres, BigDecimal fuelCost, String note) {
        this.returnedAt = at;
        this.returnMileage = mileage;
        this.fuelLitres = fuelLitres;
        this.fuelCost = fuelCost;
        this.tripNote = note;
        this.status = BookingStatus.RETURNED;
    }

    void cancel(String note) {
        this.status = BookingStatus.CANCELLED;
        this.decisionNote = note;
    }

    /** Kilometres driven, once returned. */
    public Integer getDistance() {
        return returnMileage == null || departureMileage == null ? null : returnMileage - departureMileage;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getNumber() { return number; }
    public String getBookedBy() { return bookedBy; }
    public Long getDepartmentId() { return departmentId; }
    public TripScope getScope() { return scope; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getDestination() { return destination; }
    public int getPassengers() { return passengers; }
    public String getReason() { return reason; }
    public BookingStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getDecisionNote() { return decisionNote; }
    public Long getCarId() { return carId; }
    public Long getDriverId() { return driverId; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getDepartedAt() { return departedAt; }
    public Integer getDepartureMileage() { return departureMileage; }
    public Instant getReturnedAt() { return returnedAt; }
    public Integer getReturnMileage() { return returnMileage; }
    public BigDecimal getFuelLitres() { return fuelLitres; }
    public BigDecimal getFuelCost() { return fuelCost; }
    public String getTripNote() { return tripNote; }
    public Instant getCreatedAt() { return createdAt; }
}
