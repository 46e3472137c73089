package org.zhengtong.meeting.internal.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.zhengtong.meeting.internal.MeetingRoom;
import org.zhengtong.meeting.internal.RoomForm;

/** A room as its page posts it. */
public class RoomPageForm {

    @Size(max = 100)
    private String name;
    @Size(max = 100)
    private String building;
    private Integer capacity = 10;
    @Size(max = 500)
    private String equipment;
    @Size(max = 40)
    private String keeper;
    private boolean needsApproval;
    private boolean active = true;
    private List<Long> bookingUnitIds = new ArrayList<>();

    static RoomPageForm of(MeetingRoom room) {
        RoomPageForm form = new RoomPageForm();
        form.name = room.getName();
        form.building = room.getBuilding();
        form.capacity = room.getCapacity();
        form.equipment = room.getEquipment();
        form.keeper = room.getKeeper();
        form.needsApproval = room.isNeedsApproval();
        form.active = room.isActive();
        form.bookingUnitIds = new ArrayList<>(room.getBookingUnitIds());
        return form;
    }

    RoomForm toForm() {
        return new RoomForm(name, building, capacity == null ? 0 : capacity, equipment,
                keeper == null || keeper.isBlank() ? null : keeper, needsApproval, bookingUnitIds, active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public String getKeeper() {
        return keeper;
    }

    public void setKeeper(String keeper) {
        this.keeper = keeper;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public void setNeedsApproval(boolean needsApproval) {
        this.needsApproval = needsApproval;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Long> getBookingUnitIds() {
        return bookingUnitIds;
    }

    public void setBookingUnitIds(List<Long> bookingUnitIds) {
        this.bookingUnitIds = bookingUnitIds;
    }
}
