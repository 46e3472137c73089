package org.zhengtong.workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.zhengtong.platform.Clearance;

/**
 * What a process is about, for the to-do window. The engine knows steps and business keys only; every module that
 * starts processes describes its own keys ({@code document:42} → title, number, urgency…) so the to-do window can
 * show, sort and filter the items of all modules alike. The to-do table (ADR 10) stores the description when a
 * process starts and whenever its module calls {@link TodoList#describeAgain}.
 */
public interface TodoDescriber {

    /** Whether this describer knows the kind of business key (by its {@code <module>:} prefix). */
    boolean supports(String businessKey);

    /**
     * Descriptions of the given keys, by key, in one go. Keys it cannot describe (unknown, deleted) are left out.
     * The description is the same whoever asks: a title that needs clearance is given in full with the clearance
     * it needs ({@link Description#titleClearance}), and whoever shows it hides it from readers below it
     * ({@link Description#visibleWith}). Labels are worded in the current locale; the to-do table asks in Chinese.
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
     * @param titleClearance the clearance a reader needs to see the title
     */
    record Description(String title, String number, String type, String urgency, int urgencyLevel,
                       String classification, String unitName, LocalDate deadline, String link,
                       Clearance titleClearance) {

        public Description {
            titleClearance = titleClearance == null ? Clearance.NONE : titleClearance;
        }

        /** A description whose title anyone may read. */
        public Description(String title, String number, String type, String urgency, int urgencyLevel,
                           String classification, String unitName, LocalDate deadline, String link) {
            this(title, number, type, urgency, urgencyLevel, classification, unitName, deadline, link, Clearance.NONE);
        }

        /** As a reader with this clearance may see it: without the title when the clearance does not reach it. */
        public Description visibleWith(Clearance clearance) {
            return clearance.atLeast(titleClearance) ? this : new Description(null, number, type, urgency,
                    urgencyLevel, classification, unitName, deadline, link, titleClearance);
        }
    }
}
