package org.zhengtong.document.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.StepChoices;

/**
 * Whom a document's step offers to choose: people of the document's unit — a classified document only those whose
 * clearance covers its 密级 — its leaders, its departments.
 */
@Component
class StepOptions {

    private static final Set<String> LEADER_POSITIONS = Set.of(Positions.UNIT_HEAD, Positions.LEADER_IN_CHARGE);

    private final StepChoices choices;
    private final OrgDirectory directory;

    StepOptions(StepChoices choices, OrgDirectory directory) {
        this.choices = choices;
        this.directory = directory;
    }

    /** Several people of the unit besides the handler. */
    StepChoice colleagues(String name, String labelKey, String elementId, OfficialDocument document, String self) {
        return choices.people(name, labelKey, elementId, document.getUnitId(),
                p -> cleared(document, p) && !p.username().equals(self));
    }

    /** One of the unit's leaders, its head chosen at first. */
    StepChoice leader(String name, String labelKey, String elementId, OfficialDocument document) {
        String head = directory.people(document.getUnitId()).stream()
                .filter(p -> cleared(document, p) && p.position().equals(Positions.UNIT_HEAD)).map(PersonRef::username)
                .findFirst().orElse(null);
        return choices.person(name, labelKey, elementId, document.getUnitId(),
                p -> cleared(document, p) && LEADER_POSITIONS.contains(p.position()), head);
    }

    /** Several of the unit's departments. */
    StepChoice departments(String name, String labelKey, String elementId, OfficialDocument document) {
        return choices.departments(name, labelKey, elementId, document.getUnitId());
    }

    private static boolean cleared(OfficialDocument document, PersonRef person) {
        return document.getClassification().readableWith(person.clearance());
    }
}
