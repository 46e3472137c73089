package org.zhengtong.document.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.StepChoice.Option;

/**
 * Whom a step offers to choose: people of the document's unit — a classified document only those whose clearance
 * covers its 密级 — each shown with their department and position, its leaders, its departments.
 */
@Component
class StepOptions {

    private static final Set<String> LEADER_POSITIONS = Set.of("UNIT_HEAD", "LEADER_IN_CHARGE");

    private final OrgDirectory directory;
    private final MessageSource messages;

    StepOptions(OrgDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** Several people of the unit besides the handler, with a filter. */
    StepChoice colleagues(String name, String labelKey, String elementId, OfficialDocument document, String self) {
        return new StepChoice(name, labelKey, StepChoice.Kind.PEOPLE, options(document, cleared(document).stream()
                .filter(p -> !p.username().equals(self)).toList()), List.of(), elementId);
    }

    /** One of the unit's leaders, its head chosen at first. */
    StepChoice leader(String name, String labelKey, String elementId, OfficialDocument document) {
        List<PersonRef> people = cleared(document);
        List<String> head = people.stream().filter(p -> p.position().equals("UNIT_HEAD")).map(PersonRef::username)
                .limit(1).toList();
        return new StepChoice(name, labelKey, StepChoice.Kind.PERSON, options(document, people.stream()
                .filter(p -> LEADER_POSITIONS.contains(p.position())).toList()), head, elementId);
    }

    /** Several of the unit's departments. */
    StepChoice departments(String name, String labelKey, String elementId, OfficialDocument document) {
        return new StepChoice(name, labelKey, StepChoice.Kind.CHECKBOXES, directory.departments(document.getUnitId())
                .stream().map(d -> new Option(String.valueOf(d.id()), d.name())).toList(), List.of(), elementId);
    }

    private List<PersonRef> cleared(OfficialDocument document) {
        return directory.people(document.getUnitId()).stream()
                .filter(p -> document.getClassification().readableWith(p.clearance())).toList();
    }

    /** 张三（国库科 科长）; without a department, the position alone. */
    private List<Option> options(OfficialDocument document, List<PersonRef> people) {
        Map<Long, String> departments = directory.departments(document.getUnitId()).stream()
                .collect(Collectors.toMap(OrgDirectory.DepartmentRef::id, OrgDirectory.DepartmentRef::name));
        return people.stream().map(person -> {
            String place = person.departmentId() == null ? null : departments.get(person.departmentId());
            String position = messages.getMessage("position." + person.position(), null, person.position(),
                    LocaleContextHolder.getLocale());
            return new Option(person.username(),
                    person.name() + "（" + (place == null ? position : place + " " + position) + "）");
        }).toList();
    }
}
