package org.zhengtong.document;

import java.time.LocalDate;
import org.zhengtong.platform.Classification;

/**
 * A 发文 of a unit is finished (办结), published in the transaction that finishes it: what a library files as the
 * unit's 正规文件 — title, 发文字号, 成文日期, 密级 and the body as plain text.
 */
public record OutgoingDocumentFinished(long documentId, long unitId, DocumentType type, String title, String number,
                                       LocalDate issueDate, Classification classification, String bodyText) {
}
