package org.zhengtong.archive.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Positions;

/**
 * Who may do what with the archive of a unit.
 * <ul>
 * <li>The unit's archivists — its 办公室主任 and 机要秘书 (positions {@code OFFICE_DIRECTOR},
 *     {@code CONFIDENTIAL_SECRETARY}) — archive, export the catalogue and open every item their clearance covers.</li>
 * <li>Other people of the unit see the metadata of the items their clearance covers, and open the files only while
 *     an approved 借阅 runs.</li>
 * <li>Nobody sees another unit's items (HTTP 403). Every view of a classified item is audited, allowed or not.</li>
 * </ul>
 */
@Component
class ArchiveAccess {

    static final Set<String> ARCHIVIST_POSITIONS = Set.of(Positions.OFFICE_DIRECTOR, Positions.CONFIDENTIAL_SECRETARY);

    private final OrgDirectory directory;
    private final BorrowingRepository borrowings;
    private final AuditLog audit;
    private final Clock clock;

    ArchiveAccess(OrgDirectory directory, BorrowingRepository borrowings, AuditLog audit, Clock clock) {
        this.directory = directory;
        this.borrowings = borrowings;
        this.audit = audit;
        this.clock = clock;
    }

    boolean isArchivist(CurrentUser user) {
        return user.unitId() != null && directory.person(user.username())
                .map(p -> ARCHIVIST_POSITIONS.contains(p.position()) && p.unitId() == user.unitId())
                .orElse(false);
    }

    void requireArchivist(CurrentUser user) {
        if (!isArchivist(user)) {
            throw new AccessDeniedException(user.username() + " is not an archivist");
        }
    }

    boolean canSee(ArchiveItem item, CurrentUser user) {
        return item.getUnitId().equals(user.unitId()) && item.getClassification().readableWith(user.clearance());
    }

    /** The metadata page: same unit and clearance; classified views audited. */
    void requireSee(ArchiveItem item, CurrentUser user) {
        boolean allowed = canSee(item, user);
        auditClassified("ARCHIVE_VIEW", item, allowed);
        if (!allowed) {
            throw new AccessDeniedException("archive item " + item.getId() + " is not visible to " + user.username());
        }
    }

    boolean canOpen(ArchiveItem item, CurrentUser user) {
        if (!canSee(item, user)) {
            return false;
        }
        if (isArchivist(user)) {
            return true;
        }
        return borrowings.findByItemIdAndBorrowerAndStatusIn(item.getId(), user.username(),
                List.of(Borrowing.Status.APPROVED)).stream().anyMatch(b -> b.activeAt(clock.instant()));
    }

    /** The files and the history: an archivist of the unit, or a borrower while the borrowing runs. */
    void requireOpen(ArchiveItem item, CurrentUser user) {
        boolean allowed = canOpen(item, user);
        auditClassified("ARCHIVE_OPEN", item, allowed);
        if (!allowed) {
            throw new AccessDeniedException("archive item " + item.getId() + " may not be opened by " + user.username());
        }
    }

    private void auditClassified(String action, ArchiveItem item, boolean allowed) {
        if (!item.getClassification().classified()) {
            return;
        }
        String detail = item.getClassification().label() + " " + item.getArchivalCode();
        if (allowed) {
            audit.success(action, "archiveItem", item.getId(), detail);
        } else {
            audit.failure(action, "archiveItem", item.getId(), detail);
        }
    }
}
