package org.zhengtong.mail.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * A mailbox is its owner's alone: an entry opens only for the person it belongs to — not for the system, security
 * or audit administrator, not for the writer's chief. Anything else (another's entry, an id that does not exist)
 * is refused alike with 403 and audited as a refused {@code MAIL_OPEN}, so ids reveal nothing.
 */
@Component
class MailAccess {

    private final MailEntryRepository entries;
    private final MailFolderRepository folders;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    MailAccess(MailEntryRepository entries, MailFolderRepository folders, CurrentUsers currentUsers, AuditLog audit) {
        this.entries = entries;
        this.folders = folders;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    MailEntry ownEntry(long entryId) {
        CurrentUser user = currentUsers.current();
        return entries.findById(entryId).filter(entry -> entry.getOwner().equals(user.username()))
                .orElseThrow(() -> refused("mailEntry", entryId, user));
    }

    MailFolder ownFolder(long folderId) {
        CurrentUser user = currentUsers.current();
        return folders.findById(folderId).filter(folder -> folder.getOwner().equals(user.username()))
                .orElseThrow(() -> refused("mailFolder", folderId, user));
    }

    AccessDeniedException refused(String objectType, Object id, CurrentUser user) {
        audit.failure("MAIL_OPEN", objectType, id, "not the owner");
        return new AccessDeniedException(objectType + " " + id + " is not " + user.username() + "'s");
    }
}
