package org.zhengtong.workflow;

import java.util.List;

/**
 * A choice a step offers its handler when sending on, usually of the next handlers: the name it is posted under,
 * its label (a message key), whether one or several are chosen, what may be chosen and what is chosen at first.
 *
 * @param elementId the id of its field on the page
 */
public record StepChoice(String name, String labelKey, Kind kind, List<Option> options, List<String> preselected,
                         String elementId) {

    public enum Kind {
        /** One person. */
        PERSON,
        /** Several people, with a filter. */
        PEOPLE,
        /** Several of a short list (departments), as check boxes. */
        CHECKBOXES
    }

    /** A value to choose, with its label as shown. */
    public record Option(String value, String label) {
    }
}
