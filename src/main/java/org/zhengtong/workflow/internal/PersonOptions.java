package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.workflow.StepChoice.Option;

/** People of a unit as the task actions offer them: 张三（国库科 科长）, or with the position alone. */
@Component
class PersonOptions {

    private final OrgDirectory directory;
    private final MessageSource messages;

    PersonOptions(OrgDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
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
