package org.zhengtong.archive.internal;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * 更正: a recorded correction of one metadata field of an archived item, with its reason. The item itself is never
 * changed; its page shows the corrections beside the metadata as archived.
 */
@Entity
@Table(name = "arc_correction")
public class Correction {

    /** The fields that may be corrected. */
    public enum Field { TITLE, DOCUMENT_NUMBER, RESPONSIBLE_PARTY, DATE, REMARKS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long itemId;

    @Enumerated(EnumType.STRING)
    private Field field;

    private String oldValue;
    private String newValue;
    private String reason;
    private String correctedBy;
    private Instant correctedAt;

    protected Correction() {
    }

    Correction(Long itemId, Field field, String oldValue, String newValue, String reason, String correctedBy,
               Instant correctedAt) {
        this.itemId = itemId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Field getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getReason() { return reason; }
    public String getCorrectedBy() { return correctedBy; }
    public Instant getCorrectedAt() { return correctedAt; }
}
