package org.zhengtong.asset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * 年限平均法 per 政府会计准则第3号: a computer of 12,000.00 元 over 6 years, acquired on 15 January 2026, is depreciated
 * from January (当月开始), 166.67 a month, to exactly its value after 72 months, never beyond; nothing in the month
 * it leaves; a category not depreciated keeps its value.
 */
class DepreciationTest {

    private static final BigDecimal VALUE = new BigDecimal("12000.00");
    private static final LocalDate ACQUIRED = LocalDate.of(2026, 1, 15);

    @Test
    void startsInTheMonthOfAcquisitionAndEndsAtTheValueWithoutResidual() {
        assertThat(Depreciation.accumulated(VALUE, 6, ACQUIRED, null, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0.00");
        assertThat(Depreciation.accumulated(VALUE, 6, ACQUIRED, null, LocalDate.of(2026, 1, 31))).isEqualByComparingTo("166.67");
        assertThat(Depreciation.accumulated(VALUE, 6, ACQUIRED, null, LocalDate.of(2026, 12, 31))).isEqualByComparingTo("2000.00");
        assertThat(Depreciation.accumulated(VALUE, 6, ACQUIRED, null, LocalDate.of(2031, 11, 30))).isEqualByComparingTo("11833.33");
        assertThat(Depreciation.accumulated(VALUE, 6, ACQUIRED, null, LocalDate.of(2031, 12, 31))).isEqualByComparingTo("12000.00");
        assertThat(Depreciation.accumulated(VALUE, 6, ACQUIRED, null, LocalDate.of(2040, 1, 1))).isEqualByComparingTo("12000.00");
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2032, 6)); m = m.plusMonths(1)) {
            sum = sum.add(Depreciation.ofMonth(VALUE, 6, ACQUIRED, null, m));
        }
        assertThat(sum).as("the months add up to the value, no residual").isEqualByComparingTo("12000.00");
    }

    @Test
    void stopsInTheMonthItLeavesAndSkipsWhatIsNotDepreciated() {
        LocalDate scrapped = LocalDate.of(2026, 6, 20);
        assertThat(Depreciation.accumulated(VALUE, 6, ACQUIRED, scrapped, LocalDate.of(2026, 12, 31)))
                .as("January to May").isEqualByComparingTo("833.33");
        assertThat(Depreciation.ofMonth(VALUE, 6, ACQUIRED, scrapped, YearMonth.of(2026, 6))).isEqualByComparingTo("0.00");
        assertThat(Depreciation.accumulated(VALUE, null, ACQUIRED, null, LocalDate.of(2030, 1, 1))).isEqualByComparingTo("0.00");
    }
}
