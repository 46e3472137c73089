package org.zhengtong.notice.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a notice's review: the reader must be able to read the notice
 * ({@link NoticeService#readable}); a task is handed only to people of the notice's unit whose clearance reaches its
 * 密级.
 */
@Component
class NoticeBusinessAccess implements BusinessAccess {

    private final NoticeService notices;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    NoticeBusinessAccess(NoticeService notices, CurrentUsers currentUsers, OrgDirectory directory) {
        this.notices = notices;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return "notice";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        notices.readable(notices.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("notice.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        Notice notice = notices.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == notice.getUnitId())
                .filter(p -> notice.getClassification().readableWith(p.clearance())).isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/notices/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
