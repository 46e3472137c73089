package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * Working days on the holiday calendar the system administrator keeps on its page: a 法定节假日 on a weekday is no
 * working day, a 调休 Saturday is one; counts skip and take them; each change is audited; nobody else may change it.
 * The days are in 2031, far from every other test's deadlines, and taken off again.
 */
@IntegrationTest
class WorkingDaysTest {

    /** 2031-10-01 is a Wednesday, 2031-09-27 a Saturday. */
    static final LocalDate NATIONAL_DAY = LocalDate.of(2031, 10, 1);
    static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2031, 9, 27);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("delete from plat_calendar_day where calendar_date between ? and ?", LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 12, 31));
    }

    @Test
    void countsSkipHolidaysAndTakeMakeUpWeekends() throws Exception {
        LocalDate friday = LocalDate.of(2031, 9, 26);
        assertThat(workingDays.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2031, 9, 29));
        assertThat(workingDays.plusWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2031, 9, 30), 1)).isEqualTo(NATIONAL_DAY);

        set(NATIONAL_DAY, "HOLIDAY", "国庆节").andExpect(status().isFound());
        set(NATIONAL_DAY.plusDays(1), "HOLIDAY", "国庆节").andExpect(status().isFound());
        set(MAKE_UP_SATURDAY, "WORKDAY", "国庆节调休").andExpect(status().isFound());

        assertThat(workingDays.isWorkingDay(NATIONAL_DAY)).isFalse();
        assertThat(workingDays.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
        assertThat(workingDays.plusWorkingDays(friday, 1)).isEqualTo(MAKE_UP_SATURDAY);
        // 9-30 (Tue) → skips 10-1, 10-2 (holidays) and the weekend 10-4/10-5 → 10-3 (Fri) is next
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2031, 9, 30), 1)).isEqualTo(LocalDate.of(2031, 10, 3));
        assertThat(workingDays.workingDaysBetween(friday, LocalDate.of(2031, 10, 3))).isEqualTo(4);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2031, 10, 3), friday)).isEqualTo(-4);

        String page = mvc.perform(get("/admin/holidays").param("year", "2031").with(users.as("sysadmin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("国庆节调休", "调休上班", "2031-10-01");
        assertThat(mvc.perform(get("/admin/holidays?year=2031&lang=en").with(users.as("sysadmin")))
                .andReturn().getResponse().getContentAsString()).contains("Make-up working day");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'HOLIDAY_SET'"
                + " and object_id = '2031-09-27'", Long.class)).isPositive();

        mvc.perform(post("/admin/holidays/{date}/delete", NATIONAL_DAY).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(workingDays.isWorkingDay(NATIONAL_DAY)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'HOLIDAY_REMOVE'"
                + " and object_id = '2031-10-01'", Long.class)).isPositive();
    }

    @Test
    void wrongDaysAreRefusedAndOnlyTheSystemAdministratorChangesTheCalendar() throws Exception {
        // a weekend is off anyway, a weekday worked anyway
        set(MAKE_UP_SATURDAY, "HOLIDAY", "周六").andExpect(status().isBadRequest());
        set(NATIONAL_DAY, "WORKDAY", "周三").andExpect(status().isBadRequest());
        set(NATIONAL_DAY, "HOLIDAY", " ").andExpect(status().isBadRequest());
        assertThat(workingDays.isWorkingDay(NATIONAL_DAY)).isTrue();
        for (String other : new String[] {"czj.office", "secadmin"}) {
            mvc.perform(get("/admin/holidays").with(users.as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/holidays").with(users.as(other)).with(csrf()).param("date", "2031-10-01")
                    .param("kind", "HOLIDAY").param("name", "国庆节")).andExpect(status().isForbidden());
        }
        assertThat(workingDays.isWorkingDay(NATIONAL_DAY)).isTrue();
    }

    private org.springframework.test.web.servlet.ResultActions set(LocalDate date, String kind, String name)
            throws Exception {
        return mvc.perform(post("/admin/holidays").with(users.as("sysadmin")).with(csrf())
                .param("date", date.toString()).param("kind", kind).param("name", name));
    }
}
