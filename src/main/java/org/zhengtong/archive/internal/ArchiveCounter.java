package org.zhengtong.archive.internal;

import jakarta.persistence.*;

/** The last 件号 of a class; locked (SELECT … FOR UPDATE) while the next one is taken. */
@Entity
@Table(name = "arc_counter")
class ArchiveCounter {

    @Id
    private String classKey;

    private int lastNumber;

    protected ArchiveCounter() {
    }

    int next() {
        return ++lastNumber;
    }
}
