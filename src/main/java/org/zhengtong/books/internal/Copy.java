package org.zhengtong.books.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** A copy of a catalogue record, with its own number (unique in the unit) and shelf place. */
@Entity
@Table(name = "books_copy")
public class Copy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private long bookId;
    @Column(name = "copy_number")
    @Size(max = 30)
    private String number;
    @Size(max = 50)
    private String shelf;
    private LocalDate acquiredOn;
    private boolean withdrawn;
    private Instant createdAt;

    @Version
    private long version;

    protected Copy() {
    }

    Copy(long unitId, long bookId, String number, String shelf, LocalDate acquiredOn, Instant createdAt) {
        this.unitId = unitId;
        this.bookId = bookId;
        this.number = number;
        this.shelf = shelf;
        this.acquiredOn = acquiredOn;
        this.createdAt = createdAt;
    }

    void withdraw() {
        this.withdrawn = true;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public long getBookId() { return bookId; }
    public String getNumber() { return number; }
    public String getShelf() { return shelf; }
    public LocalDate getAcquiredOn() { return acquiredOn; }
    public boolean isWithdrawn() { return withdrawn; }
}
