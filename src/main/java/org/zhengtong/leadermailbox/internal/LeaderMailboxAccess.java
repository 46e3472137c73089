package org.zhengtong.leadermailbox.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a letter's forwarding: the actor must be able to read the letter
 * ({@link LeaderMailboxService#readable}, audited when refused); its tasks are handed only to people of the letter's
 * unit (转交 within the drafting department's unit).
 */
@Component
class LeaderMailboxAccess implements BusinessAccess {

    private final LeaderMailboxService letters;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    LeaderMailboxAccess(LeaderMailboxService letters, CurrentUsers currentUsers, OrgDirectory directory) {
        this.letters = letters;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return LeaderMailboxIndex.KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        letters.readable(letters.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("leadermailbox.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        Letter letter = letters.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == letter.getUnitId()).isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/leader-mailbox/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
