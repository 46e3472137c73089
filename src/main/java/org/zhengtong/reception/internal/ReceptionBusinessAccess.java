package org.zhengtong.reception.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a reception's approval task: the reader must see the reception
 * ({@link ReceptionAccess}); a task is handed (转交, 加签, reassignment) only to people of the reception's unit.
 */
@Component
class ReceptionBusinessAccess implements BusinessAccess {

    private final ReceptionService service;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    ReceptionBusinessAccess(ReceptionService service, CurrentUsers currentUsers, OrgDirectory directory) {
        this.service = service;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return "reception";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        Reception reception = service.byKey(businessKey);
        service.readable(reception.getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("reception.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        Reception reception = service.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == reception.getUnitId()).isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/receptions/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
