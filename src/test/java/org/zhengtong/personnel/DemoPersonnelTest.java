package org.zhengtong.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.IntegrationTest;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.AsUser;

/**
 * The demo city's personnel office: 市财政局's office clerk holds 人事处, its leader in charge of the office is named,
 * and everyone of its departments has a record; starting again adds nothing.
 */
@IntegrationTest
class DemoPersonnelTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired AsUser as;
    @Autowired CurrentUsers currentUsers;
    @Autowired @Qualifier("demoPersonnel") ApplicationRunner demo;

    @Test
    void theDemoUnitHasItsOfficeItsLeaderAndItsStaffsRecords() throws Exception {
        assertThat(as.call(PersonnelTestKit.OFFICE, () -> currentUsers.current().can("PERSONNEL_MANAGE"))).isTrue();
        assertThat(as.call(PersonnelTestKit.COLLEAGUE, () -> currentUsers.current().can("PERSONNEL_MANAGE"))).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from personnel_leader where username = ?", Long.class,
                PersonnelTestKit.LEADER)).isOne();
        long records = jdbc.queryForObject("select count(*) from personnel_record where username like 'czj.%'",
                Long.class);
        // the 12 of the demo departments, and those other tests' fixtures added to 市财政局 before this context started
        assertThat(records).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from personnel_record where username in (?, ?, ?)",
                Long.class, "czj.d1.chief", "czj.d1.clerk1", "czj.d3.clerk2")).isEqualTo(3);
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from personnel_record where username like 'czj.%'",
                Long.class)).isEqualTo(records);
    }
}
