package org.zhengtong.leaderschedule.internal;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One entry of a leader's schedule: when (local times in the application's zone; an all-day or half-day entry has
 * the hours its day part stands for), where, what, who accompanies him, and who may see it.
 */
@Entity
@Table(name = "leaderschedule_entry")
class ScheduleEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Size(max = 40)
    private String leader;
    @Enumerated(EnumType.STRING)
    private DayPart dayPart;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    @Size(max = 200)
    private String place;
    @Size(max = 500)
    private String activity;
    @Size(max = 1000)
    private String note;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private Integer reminderMinutes;
    @Size(max = 40)
    private String createdBy;
    private Instant createdAt;
    @Size(max = 40)
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "leaderschedule_companion", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "sort_index")
    @Column(name = "username")
    private List<String> companions = new ArrayList<>();

    protected ScheduleEntry() {
    }

    ScheduleEntry(long unitId, String leader, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.leader = leader;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void fill(DayPart dayPart, LocalDateTime startsAt, LocalDateTime endsAt, String place, String activity,
              List<String> companions, String note, Visibility visibility, Integer reminderMinutes,
              String updatedBy, Instant updatedAt) {
        this.dayPart = dayPart;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.activity = activity;
        this.companions.clear();
        this.companions.addAll(companions);
        this.note = note;
        this.visibility = visibility;
        this.reminderMinutes = reminderMinutes;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    Long getId() { return id; }
    long getUnitId() { return unitId; }
    String getLeader() { return leader; }
    DayPart getDayPart() { return dayPart; }
    LocalDateTime getStartsAt() { return startsAt; }
    LocalDateTime getEndsAt() { return endsAt; }
    String getPlace() { return place; }
    String getActivity() { return activity; }
    String getNote() { return note; }
    Visibility getVisibility() { return visibility; }
    Integer getReminderMinutes() { return reminderMinutes; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    String getUpdatedBy() { return updatedBy; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
    List<String> getCompanions() { return List.copyOf(companions); }
}
