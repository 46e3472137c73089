package org.zhengtong.supplies.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a request's task: the reader must see the request ({@link SuppliesAccess}); a
 * task is handed (转交, 加签, reassignment) only to people of the request's unit.
 */
@Component
class SuppliesBusinessAccess implements BusinessAccess {

    private final SupplyRequestService requests;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    SuppliesBusinessAccess(SupplyRequestService requests, CurrentUsers currentUsers, OrgDirectory directory) {
        this.requests = requests;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return "supplies";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        requests.readable(requests.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("supplies.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        SupplyRequest request = requests.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == request.getUnitId()).isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/supplies/requests/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
