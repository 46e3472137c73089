package org.zhengtong.platform;

import java.time.LocalDate;

/**
 * 工作日: deadlines counted in working days (信访工作条例's 15 and 60 days, …). A day is a working day when it is
 * Monday to Friday and not a 法定节假日, or when it is an official 调休 working weekend; the system administrator keeps
 * the calendar of both on the 节假日 page.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /**
     * The day {@code days} working days after {@code date}: the date itself is not counted, so a matter received on a
     * Friday with 1 working day is due on the next working day. {@code days} 0 gives the date itself.
     */
    LocalDate plusWorkingDays(LocalDate date, int days);

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before it. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
