package org.zhengtong.archive.internal;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;

/** 更正 of archived metadata by the unit's archivist: recorded with its reason and audited, never an edit. */
@Service
@Transactional
public class CorrectionService {

    private final CorrectionRepository corrections;
    private final ArchiveItemRepository items;
    private final ArchiveAccess access;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    CorrectionService(CorrectionRepository corrections, ArchiveItemRepository items, ArchiveAccess access,
                      CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        this.corrections = corrections;
        this.items = items;
        this.access = access;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    public Correction correct(long itemId, Correction.Field field, String newValue, String reason) {
        CurrentUser user = currentUsers.current();
        ArchiveItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("archiveItem", itemId));
        access.requireSee(item, user);
        access.requireArchivist(user);
        if (field == null || newValue == null || newValue.isBlank() || newValue.strip().length() > 500) {
            throw new BusinessRuleException("archive.error.correctionValue");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new BusinessRuleException("archive.error.correctionReason");
        }
        String old = switch (field) {
            case TITLE -> item.getTitle();
            case DOCUMENT_NUMBER -> item.getDocumentNumber();
            case RESPONSIBLE_PARTY -> item.getResponsibleParty();
            case DATE -> item.getDocumentDate() == null ? null : item.getDocumentDate().toString();
            case REMARKS -> item.getRemarks();
        };
        Correction correction = corrections.save(new Correction(itemId, field, old, newValue.strip(), reason.strip(),
                user.username(), clock.instant()));
        audit.success("ARCHIVE_CORRECT", "archiveItem", itemId, field + ": " + newValue.strip() + " (" + reason.strip()
                + ")");
        return correction;
    }
}
