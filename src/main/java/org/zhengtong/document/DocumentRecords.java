package org.zhengtong.document;

import java.util.List;
import java.util.Optional;

/**
 * Finished documents for the archive (立卷归档). No access check of its own: the caller (the archive) decides who
 * may archive a unit's documents and records the read.
 */
public interface DocumentRecords {

    /** The record of a finished document; empty when it does not exist or has not finished. */
    Optional<DocumentRecord> finished(long documentId);

    /** The finished documents of a unit, newest first: page {@code page} (from 0) of {@code size} (at most 1000). */
    List<DocumentRecord.Summary> finishedOf(long unitId, int page, int size);
}
