package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** 会议室 of a unit: where, how many seats, what equipment, who keeps it, which other units may book it. */
@Entity
@Table(name = "meeting_room")
public class MeetingRoom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long unitId;
    private String name;
    private String building;
    private int capacity;
    private String equipment;
    private String photoKey;
    private String photoName;
    private String keeper;
    private boolean needsApproval;
    private boolean active = true;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_room_unit", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "unit_id")
    private Set<Long> bookingUnitIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected MeetingRoom() {
    }

    MeetingRoom(Long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    void update(String name, String building, int capacity, String equipment, String keeper, boolean needsApproval,
                Set<Long> bookingUnitIds, boolean active) {
        this.name = name;
        this.building = building;
        this.capacity = capacity;
        this.equipment = equipment;
        this.keeper = keeper;
        this.needsApproval = needsApproval;
        this.bookingUnitIds.clear();
        this.bookingUnitIds.addAll(bookingUnitIds);
        this.bookingUnitIds.remove(unitId);
        this.active = active;
    }

    void photo(String key, String fileName) {
        this.photoKey = key;
        this.photoName = fileName;
    }

    /** Whether people of the unit may book it: its own unit, or one it is opened to. */
    public boolean bookableBy(Long unit) {
        return unit != null && active && (unit.equals(unitId) || bookingUnitIds.contains(unit));
    }

    public boolean visibleTo(Long unit) {
        return unit != null && (unit.equals(unitId) || bookingUnitIds.contains(unit));
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public String getBuilding() {
        return building;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getPhotoKey() {
        return photoKey;
    }

    public String getPhotoName() {
        return photoName;
    }

    public String getKeeper() {
        return keeper;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getBookingUnitIds() {
        return Set.copyOf(bookingUnitIds);
    }
}
