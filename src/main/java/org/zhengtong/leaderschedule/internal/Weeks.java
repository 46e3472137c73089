package org.zhengtong.leaderschedule.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengtong.platform.BusinessRuleException;

/** ISO weeks as the pages and the API name them: {@code 2026-W50} is the week from Monday 7 December 2026. */
public final class Weeks {

    public static final String PATTERN = "\\d{4}-W\\d{2}";
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private Weeks() {
    }

    /** The Monday of the week, refused (409) when there is no such week. */
    public static LocalDate monday(String week) {
        Matcher m = WEEK.matcher(week == null ? "" : week);
        if (!m.matches()) {
            throw new BusinessRuleException("leaderschedule.error.week");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        try {
            LocalDate start = LocalDate.of(year, 1, 4);
            if (year < 1900 || year > 2200 || number < 1 || number > start.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    .getMaximum()) {
                throw new BusinessRuleException("leaderschedule.error.week");
            }
            return start.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        } catch (DateTimeException e) {
            throw new BusinessRuleException("leaderschedule.error.week");
        }
    }

    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String of(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
