package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.StepChoice.Option;
import org.zhengtong.workflow.StepChoices;

/** People of a unit as the task actions and the steps offer them: 张三（国库科 科长）, or with the position alone. */
@Component
class OrgStepChoices implements StepChoices {

    private final OrgDirectory directory;
    private final MessageSource messages;

    OrgStepChoices(OrgDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public StepChoice person(String name, String labelKey, String elementId, long unitId,
                             Predicate<PersonRef> offered, String preselected) {
        return new StepChoice(name, labelKey, StepChoice.Kind.PERSON, of(unitId, offered),
                preselected == null ? List.of() : List.of(preselected), elementId);
    }

    @Override
    public StepChoice people(String name, String labelKey, String elementId, long unitId,
                             Predicate<PersonRef> offered) {
        return new StepChoice(name, labelKey, StepChoice.Kind.PEOPLE, of(unitId, offered), List.of(), elementId);
    }

    @Override
    public StepChoice departments(String name, String labelKey, String elementId, long unitId) {
        return new StepChoice(name, labelKey, StepChoice.Kind.CHECKBOXES, directory.departments(unitId).stream()
                .map(d -> new Option(String.valueOf(d.id()), d.name())).toList(), List.of(), elementId);
    }

    List<Option> of(long unitId, Predicate<PersonRef> offered) {
        return of(unitId, directory.people(unitId).stream().filter(offered).toList());
    }

    List<Option> of(long unitId, List<PersonRef> people) {
        Map<Long, String> departments = directory.departments(unitId).stream()
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
