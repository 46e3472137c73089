package org.zhengtong.petition.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.workflow.Workflow;

/**
 * Who may open a case — and with it the petitioner's personal data — decided on the server for the pages, the API,
 * the task actions, the search and the downloads alike: the 信访 office of the case's unit ({@code PETITION_OFFICE}),
 * and whoever took part in the case's processes (the leader, the handlers of the units it was handed to, anyone a
 * task was transferred to). Nobody else, not another unit's office nor a handler's colleagues (403).
 */
@Component
class PetitionAccess {

    private final Workflow workflow;

    PetitionAccess(Workflow workflow) {
        this.workflow = workflow;
    }

    /** The 信访 office of the unit. */
    boolean isOffice(CurrentUser user, long unitId) {
        return user.unitId() != null && user.unitId() == unitId && user.can(PetitionPermissions.OFFICE);
    }

    boolean canRead(Petition petition, CurrentUser user) {
        return isOffice(user, petition.getUnitId()) || handles(petition, user.username());
    }

    /** Whether the person took part in the case's processes (its handlers). */
    boolean handles(Petition petition, String username) {
        return took(petition.getProcessInstanceId(), username) || took(petition.getExtensionProcessId(), username);
    }

    void requireRead(Petition petition, CurrentUser user) {
        if (!canRead(petition, user)) {
            throw new AccessDeniedException("petition " + petition.getId() + " is not visible to " + user.username());
        }
    }

    void requireOffice(Petition petition, CurrentUser user) {
        if (!isOffice(user, petition.getUnitId())) {
            throw new AccessDeniedException("petition " + petition.getId() + " may not be changed by "
                    + user.username());
        }
    }

    private boolean took(String processInstanceId, String username) {
        return processInstanceId != null && workflow.participants(processInstanceId).contains(username);
    }
}
