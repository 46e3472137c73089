package org.zhengtong.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhengtong.platform.Classification;

/**
 * A finished document as the archive takes it (GB/T 18894-2016 metadata): 题名, 责任者 (the issuing unit), 文号,
 * 日期 (成文日期, or the registration date of a 收文), 密级, 保密期限, 文种, the direction, the body text, the files
 * and the printed processing record (办文单 / 发文稿纸) as PDF.
 *
 * @param responsibleParty 责任者: the issuing unit's name (for a 收文 the unit it came from)
 * @param date             成文日期, or the date the 收文 was registered
 * @param processingForm   the 办文单 / 发文稿纸 PDF, rendered when the record is taken
 */
public record DocumentRecord(long id, long unitId, Long departmentId, Direction direction, DocumentType type,
                             String title, String responsibleParty, String documentNumber, LocalDate date,
                             Classification classification, String secrecyPeriod, String bodyText,
                             List<File> files, byte[] processingForm, String processInstanceId, Instant finishedAt) {

    public enum Direction { OUTGOING, INCOMING }

    /** The role of a file in the record. */
    public enum Role { SEALED_PDF, SEALED_OFD, ATTACHMENT }

    /** A file in the file store, with its SHA-256 as stored. */
    public record File(Role role, String name, String contentType, String storageKey, String sha256, long size) {
    }

    /** A finished document in a list of candidates: enough to choose it. */
    public record Summary(long id, long unitId, Direction direction, DocumentType type, String title,
                          String documentNumber, LocalDate date, Classification classification, Instant finishedAt) {
    }
}
