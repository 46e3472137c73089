package org.zhengtong.document.internal;

import jakarta.persistence.*;

/** The last serial given for a 机关代字 in a year (key {@code 财预/2026}, or {@code 收:<unit>/2026} for 收文). */
@Entity
@Table(name = "doc_number_sequence")
class NumberSequence {

    @Id
    @Column(name = "sequence_key")
    private String key;
    private int lastSerial;

    protected NumberSequence() {
    }

    int next() {
        return ++lastSerial;
    }

    String getKey() { return key; }
    int getLastSerial() { return lastSerial; }
}
