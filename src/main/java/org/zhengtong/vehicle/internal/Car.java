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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A car of a unit (车辆基本信息): its plate, type, seats, status, the odometer as last recorded (km) and the due dates
 * of its maintenance, insurance and annual inspection.
 */
@Entity
@Table(name = "vehicle_car")
public class Car {

    /** The highest odometer reading taken (km). */
    public static final int MAX_MILEAGE = 9_999_999;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private String plate;
    @Enumerated(EnumType.STRING)
    @Column(name = "car_type")
    private CarType type;
    private String model;
    private int seats;
    @Enumerated(EnumType.STRING)
    private CarStatus status;
    private int mileage;
    private LocalDate maintenanceDue;
    private LocalDate insuranceDue;
    private LocalDate inspectionDue;
    private Instant createdAt;

    @Version
    private long version;

    protected Car() {
    }

    Car(long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
        this.status = CarStatus.AVAILABLE;
    }

    /** The car's data as the form gives it (already checked). */
    void describe(String plate, CarType type, String model, int seats, CarStatus status, int mileage,
                  LocalDate maintenanceDue, LocalDate insuranceDue, LocalDate inspectionDue) {
        this.plate = plate;
        this.type = type;
        this.model = model;
        this.seats = seats;
        this.status = status;
        this.mileage = mileage;
        this.maintenanceDue = maintenanceDue;
        this.insuranceDue = insuranceDue;
        this.inspectionDue = inspectionDue;
    }

    /** The odometer as a trip recorded it. */
    void recordMileage(int mileage) {
        this.mileage = Math.max(this.mileage, mileage);
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getPlate() { return plate; }
    public CarType getType() { return type; }
    public String getModel() { return model; }
    public int getSeats() { return seats; }
    public CarStatus getStatus() { return status; }
    public int getMileage() { return mileage; }
    public LocalDate getMaintenanceDue() { return maintenanceDue; }
    public LocalDate getInsuranceDue() { return insuranceDue; }
    public LocalDate getInspectionDue() { return inspectionDue; }
    public Instant getCreatedAt() { return createdAt; }
}
