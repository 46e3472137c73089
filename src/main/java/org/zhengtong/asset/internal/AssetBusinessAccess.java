package org.zhengtong.asset.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a change's task: the reader must see the change (its unit, the receiving unit,
 * 市财政局's asset office, or someone who took part); a task is handed only to people of the change's unit, or of
 * the finance unit at 财政审批 — anyone else is refused.
 */
@Component
class AssetBusinessAccess implements BusinessAccess {

    private final AssetChangeService changes;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AssetProperties properties;

    AssetBusinessAccess(AssetChangeService changes, CurrentUsers currentUsers, OrgDirectory directory,
                        AssetProperties properties) {
        this.changes = changes;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public String module() {
        return "asset";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        changes.readable(changes.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("asset.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        AssetChange change = changes.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == change.getUnitId()
                || (change.isFinanceApproval() && directory.unit(p.unitId())
                        .filter(u -> u.code().equals(properties.financeUnitCodeOrDefault())).isPresent()))
                .isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/asset/changes/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
