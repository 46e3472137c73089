package org.zhengtong.workflow.internal;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.workflow.WorkflowException;

/**
 * How far a person may hand their work on — 转交, 加签 and 代办: to people of their own unit only, checked here on the
 * server for every hand-over whatever a form offered, so a task (and the document behind it) never leaves the unit
 * it belongs to by someone's choice. The one place to widen it, should units ever choose a wider scope.
 */
@Component
class HandoverScope {

    private final OrgDirectory directory;

    HandoverScope(OrgDirectory directory) {
        this.directory = directory;
    }

    boolean allows(String fromUsername, String toUsername) {
        PersonRef from = directory.person(fromUsername).orElse(null);
        PersonRef to = directory.person(toUsername).orElse(null);
        return from != null && to != null && from.unitId() == to.unitId();
    }

    /** Refuses a hand-over outside the scope, naming the person and the unit they are not in. */
    void require(String fromUsername, String toUsername) {
        if (!allows(fromUsername, toUsername)) {
            String unit = directory.person(fromUsername).flatMap(from -> directory.unit(from.unitId()))
                    .map(OrgDirectory.UnitRef::name).orElse("");
            String name = directory.person(toUsername).map(PersonRef::name).orElse(toUsername);
            throw new WorkflowException("workflow.error.outsideUnit", name, unit);
        }
    }
}
