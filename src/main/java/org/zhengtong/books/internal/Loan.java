package org.zhengtong.books.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A copy lent to a reader until a due date, renewed once at most; open until returned. While open it holds the
 * copy's id in {@code openCopyId}, unique in the table, so a copy is never lent twice at once.
 */
@Entity
@Table(name = "books_loan")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private long copyId;
    @Size(max = 40)
    private String reader;
    @Size(max = 40)
    private String lentBy;
    private Instant lentAt;
    private LocalDate dueOn;
    private boolean renewed;
    private Instant returnedAt;
    @Size(max = 40)
    private String returnedTo;
    private Long openCopyId;

    @Version
    private long version;

    protected Loan() {
    }

    Loan(long unitId, long copyId, String reader, String lentBy, Instant lentAt, LocalDate dueOn) {
        this.unitId = unitId;
        this.copyId = copyId;
        this.openCopyId = copyId;
        this.reader = reader;
        this.lentBy = lentBy;
        this.lentAt = lentAt;
        this.dueOn = dueOn;
    }

    boolean isOpen() {
        return returnedAt == null;
    }

    void renew(LocalDate newDue) {
        this.dueOn = newDue;
        this.renewed = true;
    }

    void returned(String librarian, Instant at) {
        this.returnedAt = at;
        this.returnedTo = librarian;
        this.openCopyId = null;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public long getCopyId() { return copyId; }
    public String getReader() { return reader; }
    public String getLentBy() { return lentBy; }
    public Instant getLentAt() { return lentAt; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isRenewed() { return renewed; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getReturnedTo() { return returnedTo; }
}
