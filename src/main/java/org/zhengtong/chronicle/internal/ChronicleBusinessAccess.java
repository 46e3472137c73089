package org.zhengtong.chronicle.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on an entry's review: the user must be able to read the entry
 * ({@link ChronicleService#readable}); a task is handed only to people of the entry's unit whose clearance reaches its
 * 密级.
 */
@Component
class ChronicleBusinessAccess implements BusinessAccess {

    private final ChronicleService chronicles;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    ChronicleBusinessAccess(ChronicleService chronicles, CurrentUsers currentUsers, OrgDirectory directory) {
        this.chronicles = chronicles;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return "chronicle";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        chronicles.readable(chronicles.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("chronicle.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        ChronicleEntry entry = chronicles.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == entry.getUnitId())
                .filter(p -> entry.getClassification().readableWith(p.clearance())).isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/chronicles/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
