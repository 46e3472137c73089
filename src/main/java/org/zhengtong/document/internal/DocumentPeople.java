package org.zhengtong.document.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.workflow.WorkflowException;

/**
 * The people a document's steps may go to: those chosen at a step (会签, 签发, 批办, 承办, 传阅) are people of the
 * document's unit, as the page offers them, whose clearance covers its 密级 — otherwise the document would reach
 * someone it must not. Each check refuses before anything changes.
 */
@Component
class DocumentPeople {

    private final OrgDirectory directory;

    DocumentPeople(OrgDirectory directory) {
        this.directory = directory;
    }

    /** The chosen people, each of the document's unit and cleared for it. */
    List<String> chosen(OfficialDocument document, List<String> usernames) {
        usernames.forEach(username -> {
            requireOfUnit(document, username);
            requireCleared(document, username);
        });
        return usernames;
    }

    /** The chosen usernames of existing people, in order, each once. */
    List<String> existing(List<String> usernames) {
        List<String> found = new ArrayList<>();
        for (String username : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            found.add(directory.person(username.strip())
                    .orElseThrow(() -> new WorkflowException("workflow.error.unknownPerson", username)).username());
        }
        return found.stream().distinct().toList();
    }

    /** The heads (科长) of the unit's chosen departments. */
    List<String> departmentHeads(Long unitId, List<Long> departmentIds) {
        List<String> heads = new ArrayList<>();
        for (Long departmentId : departmentIds) {
            OrgDirectory.DepartmentRef department = directory.department(departmentId)
                    .filter(d -> d.unitId() == unitId)
                    .orElseThrow(() -> new NotFoundException("department", departmentId));
            heads.add(directory.departmentHead(department.id())
                    .orElseThrow(() -> new BusinessRuleException("document.error.noDepartmentHead", department.name()))
                    .username());
        }
        return heads.stream().distinct().toList();
    }

    /** The first holder of a position in the unit; a refusal naming the unit and position when it has none. */
    String firstHolder(Long unitId, String position) {
        return directory.holders(unitId, position).stream().findFirst().map(PersonRef::username)
                .orElseThrow(() -> new WorkflowException("workflow.error.noHandler",
                        directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse(""), "position." + position));
    }

    /** Nobody whose clearance is below a classified document's 密级 is handed it. */
    void requireCleared(OfficialDocument document, String username) {
        if (!document.getClassification().classified() || username == null || username.isBlank()) {
            return;
        }
        directory.person(username.strip()).ifPresent(person -> {
            if (!document.getClassification().readableWith(person.clearance())) {
                throw new BusinessRuleException("document.error.clearanceTooLow", person.name(),
                        document.getClassification().label());
            }
        });
    }

    /** Whether the person's clearance covers the document's 密级. */
    boolean cleared(OfficialDocument document, String username) {
        return directory.person(username).map(p -> document.getClassification().readableWith(p.clearance()))
                .orElse(false);
    }

    private void requireOfUnit(OfficialDocument document, String username) {
        directory.person(username).filter(person -> person.unitId() != document.getUnitId()).ifPresent(person -> {
            throw new BusinessRuleException("document.error.outsideUnit", person.name(),
                    directory.unit(document.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(""));
        });
    }
}
