package org.zhengtong.document.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.workflow.Workflow;

/**
 * Who may read a document: its process participants, its explicit readers and the administrators of its unit —
 * and only when their clearance covers its 密级. Every open of a classified document is audited, allowed or not.
 */
@Component
class DocumentAccess {

    private final Workflow workflow;
    private final ReaderRepository readers;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    DocumentAccess(Workflow workflow, ReaderRepository readers, CurrentUsers currentUsers, AuditLog audit) {
        this.workflow = workflow;
        this.readers = readers;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    void requireRead(OfficialDocument document) {
        CurrentUser user = currentUsers.current();
        boolean allowed = document.getClassification().readableWith(user.clearance()) && isInvolved(document, user);
        if (document.getClassification().classified()) {
            String detail = document.getClassification().label() + " " + document.getTitle();
            if (allowed) {
                audit.success("DOCUMENT_OPEN", "document", document.getId(), detail);
            } else {
                audit.failure("DOCUMENT_OPEN", "document", document.getId(), detail);
            }
        }
        if (!allowed) {
            throw new AccessDeniedException("document " + document.getId() + " is not readable by " + user.username());
        }
    }

    boolean canRead(OfficialDocument document, CurrentUser user) {
        return document.getClassification().readableWith(user.clearance()) && isInvolved(document, user);
    }

    private boolean isInvolved(OfficialDocument document, CurrentUser user) {
        // the checks without a query first: a search confirms a page of hits through here
        if (user.username().equals(document.getInitiator()) || user.hasRole(Roles.SYSTEM_ADMIN)
                || (user.hasRole(Roles.UNIT_ADMIN) && document.getUnitId().equals(user.unitId()))) {
            return true;
        }
        return readers.existsByDocumentIdAndUsername(document.getId(), user.username())
                || document.getProcessInstanceId() != null
                && workflow.participants(document.getProcessInstanceId()).contains(user.username());
    }
}
