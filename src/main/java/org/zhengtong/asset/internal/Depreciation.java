package org.zhengtong.asset.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 年限平均法 as 《政府会计准则第3号——固定资产》 has it: depreciated monthly over the category's years, starting in the
 * month the asset was acquired (当月增加的固定资产，当月开始计提折旧) and not in the month it leaves (当月减少的，当月不再
 * 计提), with no residual value (不考虑预计净残值), so that it is depreciated to exactly its original value; an asset of
 * a category not depreciated (文物和陈列品, 图书和档案) keeps its value. The accumulated depreciation is the original
 * value times the months so far over the months of its life, rounded to the fen, so the months add up to the value.
 */
final class Depreciation {

    private Depreciation() {
    }

    /** Accumulated depreciation at the end of the month of {@code asOf}. */
    static BigDecimal accumulated(BigDecimal originalValue, Integer years, LocalDate acquiredOn, LocalDate leftOn,
                                  LocalDate asOf) {
        if (years == null || originalValue.signum() == 0 || asOf.isBefore(acquiredOn.withDayOfMonth(1))) {
            return BigDecimal.ZERO.setScale(2);
        }
        YearMonth first = YearMonth.from(acquiredOn);
        YearMonth last = YearMonth.from(asOf);
        if (leftOn != null && !YearMonth.from(leftOn).isAfter(last)) {
            last = YearMonth.from(leftOn).minusMonths(1);
        }
        long months = Math.max(0, first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        long life = years * 12L;
        if (months >= life) {
            return originalValue.setScale(2, RoundingMode.HALF_UP);
        }
        return originalValue.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(life), 2,
                RoundingMode.HALF_UP);
    }

    /** The depreciation of one month (of the month of {@code month}). */
    static BigDecimal ofMonth(BigDecimal originalValue, Integer years, LocalDate acquiredOn, LocalDate leftOn,
                              YearMonth month) {
        return accumulated(originalValue, years, acquiredOn, leftOn, month.atEndOfMonth())
                .subtract(accumulated(originalValue, years, acquiredOn, leftOn, month.minusMonths(1).atEndOfMonth()));
    }
}
