package org.zhengtong.vehicle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A driver of a unit: a person of the organization (by username) with the class of licence and a phone. */
@Entity
@Table(name = "vehicle_driver")
public class Driver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private String username;
    @Enumerated(EnumType.STRING)
    private LicenceClass licenceClass;
    private String phone;
    private boolean active;
    private Instant createdAt;

    @Version
    private long version;

    protected Driver() {
    }

    Driver(long unitId, String username, Instant createdAt) {
        this.unitId = unitId;
        this.username = username;
        this.createdAt = createdAt;
        this.active = true;
    }

    void describe(LicenceClass licenceClass, String phone, boolean active) {
        this.licenceClass = licenceClass;
        this.phone = phone;
        this.active = active;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getUsername() { return username; }
    public LicenceClass getLicenceClass() { return licenceClass; }
    public String getPhone() { return phone; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
