package org.zhengtong.workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What a process is about, for the to-do window. The engine knows steps and business keys only; every module that
 * starts processes describes its own keys ({@code document:42} → title, number, urgency…) so the to-do window can
 * show, sort and filter the items of all modules alike.
 */
public interface TodoDescriber {

    /** Whether this describer knows the kind of business key (by its {@code <module>:} prefix). */
    boolean supports(String businessKey);

    /**
     * Descriptions of the given keys, by key, in one go (the window describes a whole list at once). Keys it cannot
     * describe (unknown, deleted) are left out. Called with or without a logged-in user: whatever the current user
     * may not see (a classified title) is left out of the description.
     */
    Map<String, Description> describe(Collection<String> businessKeys);

    /**
     * @param number         the number it is known by (发文字号, 收文编号), or null
     * @param type           the kind, as a label (请示, 通知…)
     * @param urgency        the urgency label (平件, 加急, 特急)
     * @param urgencyLevel   0 for normal, higher is more urgent; the window sorts by it
     * @param classification the 密级 label when classified, otherwise null
     * @param unitName       the unit it comes from
     * @param deadline       the date it must be finished by, or null
     * @param link           where to open it, or null
     */
    record Description(String title, String number, String type, String urgency, int urgencyLevel,
                       String classification, String unitName, LocalDate deadline, String link) {
    }
}
