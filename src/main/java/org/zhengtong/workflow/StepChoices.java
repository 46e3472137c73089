package org.zhengtong.workflow;

import java.util.function.Predicate;
import org.zhengtong.platform.OrgDirectory.PersonRef;

/**
 * The usual {@link StepChoice}s of a step handler, people and departments of a unit, each person shown as on every
 * page: 张三（国库科 科长）.
 */
public interface StepChoices {

    /** One of the unit's people the filter offers, {@code preselected} (a username, or null) chosen at first. */
    StepChoice person(String name, String labelKey, String elementId, long unitId, Predicate<PersonRef> offered,
                      String preselected);

    /** Several of the unit's people the filter offers, with a filter on the page. */
    StepChoice people(String name, String labelKey, String elementId, long unitId, Predicate<PersonRef> offered);

    /** Several of the unit's departments, as check boxes (their ids are the values). */
    StepChoice departments(String name, String labelKey, String elementId, long unitId);
}
