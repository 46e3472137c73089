package org.zhengtong.calendar.internal;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An exception of a repeating entry: the occurrence of {@code originalDate} is cancelled, or moved and edited (the
 * fields that are set replace the entry's).
 */
@Embeddable
public class OccurrenceChange {

    private LocalDate originalDate;
    private boolean cancelled;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    @Size(max = 200)
    private String title;
    @Size(max = 200)
    private String location;
    @Size(max = 2000)
    private String description;

    protected OccurrenceChange() {
    }

    static OccurrenceChange cancel(LocalDate originalDate) {
        OccurrenceChange change = new OccurrenceChange();
        change.originalDate = originalDate;
        change.cancelled = true;
        return change;
    }

    static OccurrenceChange move(LocalDate originalDate, LocalDateTime startsAt, LocalDateTime endsAt, String title,
                                 String location, String description) {
        OccurrenceChange change = new OccurrenceChange();
        change.originalDate = originalDate;
        change.startsAt = startsAt;
        change.endsAt = endsAt;
        change.title = title;
        change.location = location;
        change.description = description;
        return change;
    }

    public LocalDate getOriginalDate() { return originalDate; }
    public boolean isCancelled() { return cancelled; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getTitle() { return title; }
    public String getLocation() { return location; }
    public String getDescription() { return description; }
}
