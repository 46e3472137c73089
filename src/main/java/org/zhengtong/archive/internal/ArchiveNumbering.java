package org.zhengtong.archive.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Sequences;

/**
 * 件号 per class (DA/T 22-2015 §5.4): a gapless {@link Sequences} counter per class, taken inside the archiving
 * transaction, so numbers are unique and a rollback gives the number back.
 */
@Component
class ArchiveNumbering {

    private static final String SEQUENCE = "archive.item";

    private final Sequences sequences;

    ArchiveNumbering(Sequences sequences) {
        this.sequences = sequences;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String classKey) {
        return sequences.next(SEQUENCE, classKey);
    }
}
