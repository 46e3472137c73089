package org.zhengtong.calendar.internal;

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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.zhengtong.calendar.EntryType;

/**
 * One entry of a person's calendar: timed or all day, once or repeating, with its reminders and the exceptions of its
 * occurrences. Times are local in the application's zone. An entry with a {@code source} is kept by another module.
 */
@Entity
@Table(name = "calendar_entry")
public class CalendarEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 40)
    private String owner;
    @Enumerated(EnumType.STRING)
    private EntryType type;
    @Size(max = 200)
    private String title;
    @Size(max = 200)
    private String location;
    @Size(max = 2000)
    private String description;
    private boolean allDay;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private boolean privateEntry;
    @Enumerated(EnumType.STRING)
    private Repeat repeatFrequency = Repeat.NONE;
    private int repeatInterval = 1;
    @Size(max = 30)
    private String repeatWeekdays;
    private LocalDate repeatUntil;
    private Integer repeatCount;
    private LocalDateTime spanStart;
    private LocalDateTime spanEnd;
    @Size(max = 100)
    private String source;
    @Size(max = 300)
    private String sourceLink;
    private Instant createdAt;
    @Version
    private long version;

    // small, and read with every entry (pages render entries after the transaction): loaded with it, by one more
    // query per collection for all entries of a query, never by a join that would multiply the rows
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "calendar_reminder", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "minutes_before")
    private Set<Integer> reminders = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "calendar_occurrence_change", joinColumns = @JoinColumn(name = "entry_id"))
    private List<OccurrenceChange> changes = new ArrayList<>();

    protected CalendarEntry() {
    }

    CalendarEntry(String owner, String source, Instant createdAt) {
        this.owner = owner;
        this.source = source;
        this.createdAt = createdAt;
    }

    /** Everything but the exceptions, which a change of the series' times or repeat rule drops. */
    void fill(EntryType type, String title, String location, String description, boolean allDay,
              LocalDateTime startsAt, LocalDateTime endsAt, boolean privateEntry, Collection<Integer> reminders,
              Recurrence recurrence, String sourceLink) {
        boolean sameSeries = startsAt.equals(this.startsAt) && endsAt.equals(this.endsAt)
                && recurrence.equals(recurrence());
        this.type = type;
        this.title = title;
        this.location = location;
        this.description = description;
        this.allDay = allDay;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.privateEntry = privateEntry;
        this.reminders.clear();
        this.reminders.addAll(reminders);
        this.repeatFrequency = recurrence.frequency();
        this.repeatInterval = recurrence.interval();
        this.repeatWeekdays = recurrence.weekdays().isEmpty() ? null : recurrence.weekdays().stream()
                .map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
        this.repeatUntil = recurrence.until();
        this.repeatCount = recurrence.count();
        this.sourceLink = sourceLink;
        if (!sameSeries) {
            changes.clear();
        }
        span();
    }

    /** The occurrence of that date cancelled, or changed as given; replaces an earlier exception of the date. */
    void change(OccurrenceChange change) {
        changes.removeIf(c -> c.getOriginalDate().equals(change.getOriginalDate()));
        changes.add(change);
        span();
    }

    /** The occurrence of that date as the series has it again. */
    void restore(LocalDate originalDate) {
        changes.removeIf(c -> c.getOriginalDate().equals(originalDate));
        span();
    }

    /** The bounds of all occurrences, moved ones included: what a query by period compares. */
    private void span() {
        Recurrence recurrence = recurrence();
        LocalDateTime first = startsAt;
        LocalDateTime last = recurrence.lastEnd(startsAt, endsAt).orElse(null);
        for (OccurrenceChange change : changes) {
            if (!change.isCancelled() && change.getStartsAt() != null) {
                if (change.getStartsAt().isBefore(first)) {
                    first = change.getStartsAt();
                }
                if (last != null && change.getEndsAt().isAfter(last)) {
                    last = change.getEndsAt();
                }
            }
        }
        spanStart = first;
        spanEnd = last;
    }

    public Recurrence recurrence() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (repeatWeekdays != null && !repeatWeekdays.isBlank()) {
            Arrays.stream(repeatWeekdays.split(",")).map(String::strip).forEach(code -> {
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (day.name().startsWith(code)) {
                        days.add(day);
                    }
                }
            });
        }
        return new Recurrence(repeatFrequency, repeatInterval, days, repeatUntil, repeatCount);
    }

    public Optional<OccurrenceChange> changeOf(LocalDate originalDate) {
        return changes.stream().filter(c -> c.getOriginalDate().equals(originalDate)).findFirst();
    }

    public boolean isRepeating() { return repeatFrequency != Repeat.NONE; }
    public boolean isFromSource() { return source != null; }
    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public EntryType getType() { return type; }
    public String getTitle() { return title; }
    public String getLocation() { return location; }
    public String getDescription() { return description; }
    public boolean isAllDay() { return allDay; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public boolean isPrivateEntry() { return privateEntry; }
    public String getSource() { return source; }
    public String getSourceLink() { return sourceLink; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public SortedSet<Integer> getReminders() { return new TreeSet<>(reminders); }
    public List<OccurrenceChange> getChanges() { return List.copyOf(changes); }
}
