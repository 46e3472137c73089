package org.zhengtong.supplies.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.workflow.Workflow;

/**
 * Who may do what with a unit's office supplies, decided on the server for the pages, the API, the to-do actions
 * and the search alike.
 * <ul>
 * <li>Everyone of a unit sees its catalogue and the stock of its stores (to know what to ask for) and requests.</li>
 * <li>{@code SUPPLIES_MANAGE} of the unit: keeps the catalogue and the stores, takes purchases in, reads every
 * request and the month's use.</li>
 * <li>A store's keepers take purchases into it, issue its requests (at 发放), read its requests and the month's
 * use.</li>
 * <li>A requester reads her own requests; whoever took part in a request's approval reads that request.</li>
 * <li>Nobody sees another unit's items, stores or requests (403).</li>
 * </ul>
 */
@Component
class SuppliesAccess {

    private final Workflow workflow;

    SuppliesAccess(Workflow workflow) {
        this.workflow = workflow;
    }

    boolean mayManage(CurrentUser user) {
        return user.unitId() != null && user.can(SuppliesPermissions.MANAGE);
    }

    boolean mayKeep(CurrentUser user, SupplyStore store) {
        return isMember(user, store.getUnitId()) && (store.keptBy(user.username()) || mayManage(user));
    }

    boolean isMember(CurrentUser user, long unitId) {
        return user.unitId() != null && user.unitId() == unitId;
    }

    boolean canRead(SupplyRequest request, SupplyStore store, CurrentUser user) {
        if (!isMember(user, request.getUnitId())) {
            return false;
        }
        if (request.getRequestedBy().equals(user.username()) || mayKeep(user, store)) {
            return true;
        }
        return request.getProcessInstanceId() != null
                && workflow.participants(request.getProcessInstanceId()).contains(user.username());
    }

    void requireMember(CurrentUser user, long unitId) {
        if (!isMember(user, unitId)) {
            throw new AccessDeniedException(user.username() + " is not of unit " + unitId);
        }
    }

    void requireManager(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException(user.username() + " may not manage office supplies");
        }
    }

    void requireKeeper(CurrentUser user, SupplyStore store) {
        if (!mayKeep(user, store)) {
            throw new AccessDeniedException(user.username() + " does not keep store " + store.getId());
        }
    }
}
