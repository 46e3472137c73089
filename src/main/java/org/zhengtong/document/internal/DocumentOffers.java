package org.zhengtong.document.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.document.DocumentType;

/**
 * A finished document as offered to the archive ({@link ReadyForArchive}, kind {@code document}) and the metadata the
 * offer shares with the archived record: 文号, 日期, 收发 and the suggested 保管期限. Apart from
 * {@link DocumentArchivable} (which renders the processing form) so that finishing a document needs nothing but this.
 */
@Component
class DocumentOffers {

    static final String KIND = "document";

    private final Clock clock;

    DocumentOffers(Clock clock) {
        this.clock = clock;
    }

    /** The offer of a finished document, published in the transaction that finishes it. */
    ReadyForArchive offer(OfficialDocument document) {
        return new ReadyForArchive(KIND, document.getId(), document.getUnitId(), document.getTitle(),
                number(document), date(document), origin(document), document.getClassification(),
                suggestRetention(document.getDirection(), document.getType()), document.getFinishedAt());
    }

    /**
     * The 保管期限 suggested by 文种 and direction, after the 文书档案保管期限表 practice: the unit's own binding and
     * important documents (决议, 决定, 命令, 公报, 公告, 通告, 请示, 批复, 报告, 纪要) 永久, its other 发文 30 years;
     * 收文 that bind the unit (决议, 决定, 命令, 批复) 30 years, other 收文 10 years. The archivist may change it.
     */
    static Retention suggestRetention(OfficialDocument.Direction direction, DocumentType type) {
        if (direction == OfficialDocument.Direction.OUTGOING) {
            return switch (type) {
                case RESOLUTION, DECISION, ORDER, COMMUNIQUE, ANNOUNCEMENT, PUBLIC_NOTICE, REQUEST, REPLY, REPORT,
                     MINUTES -> Retention.PERMANENT;
                default -> Retention.YEARS_30;
            };
        }
        return switch (type) {
            case RESOLUTION, DECISION, ORDER, REPLY -> Retention.YEARS_30;
            default -> Retention.YEARS_10;
        };
    }

    /** 文号: the 发文字号, or for a 收文 the sender's number (its own 收文编号 when it had none). */
    static String number(OfficialDocument document) {
        return document.getDocumentNumber() != null ? document.getDocumentNumber() : document.getRegistrationNumber();
    }

    /** 日期: the 成文日期, or the day a 收文 was registered. */
    LocalDate date(OfficialDocument document) {
        if (document.getIssueDate() != null) {
            return document.getIssueDate();
        }
        return LocalDate.ofInstant(document.getCreatedAt(), clock.getZone());
    }

    /** 发文 are the unit's own, 收文 received. */
    static ArchivalRecord.Origin origin(OfficialDocument document) {
        return document.getDirection() == OfficialDocument.Direction.OUTGOING ? ArchivalRecord.Origin.OWN
                : ArchivalRecord.Origin.RECEIVED;
    }
}
