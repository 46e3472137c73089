package org.zhengtong.journal.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on an article's review: the user must be able to read the article
 * ({@link JournalService#readableArticle}); a task is handed only to the author or to editors of the publication's
 * editing unit, whose clearance reaches the article's 密级.
 */
@Component
class JournalBusinessAccess implements BusinessAccess {

    private final JournalService journals;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    JournalBusinessAccess(JournalService journals, CurrentUsers currentUsers, OrgDirectory directory) {
        this.journals = journals;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return "journal";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        journals.readableArticle(journals.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("journal.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        Article a = journals.byKey(businessKey);
        long editingUnit = journals.publication(a.getPublicationId()).getUnitId();
        return directory.person(username).filter(p -> a.getClassification().readableWith(p.clearance()))
                .filter(p -> username.equals(a.getAuthor()) || p.unitId() == editingUnit
                        && directory.usernamesWithPermission(editingUnit, JournalPermissions.EDIT).contains(username))
                .isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/journals/articles/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
