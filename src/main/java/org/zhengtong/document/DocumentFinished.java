package org.zhengtong.document;

import java.time.Instant;

/** Published when a document's process ends normally (办结), inside the transaction that finished it. */
public record DocumentFinished(long documentId, long unitId, String title, Instant finishedAt) {
}
