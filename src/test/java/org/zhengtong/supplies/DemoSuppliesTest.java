package org.zhengtong.supplies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.IntegrationTest;

/**
 * The demo city's office supplies: 市财政局's 办公室库房 kept by the office's clerk, five items of which two are below
 * their reorder levels; starting again adds nothing.
 */
@IntegrationTest
class DemoSuppliesTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("demoSupplies") ApplicationRunner demo;

    @Test
    void theOfficesStoreHasItsKeeperAndItemsSomeBelowTheirReorderLevel() throws Exception {
        long store = jdbc.queryForObject("select s.id from supplies_store s join supplies_store_keeper k "
                + "on k.store_id = s.id where s.name = '办公室库房' and k.username = 'czj.clerk'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from supplies_stock t join supplies_item i on i.id = t.item_id "
                + "where t.store_id = ? and i.code in ('BG-001', 'BG-003') and t.quantity < i.reorder_level",
                Long.class, store)).isEqualTo(2);
        long items = jdbc.queryForObject("select count(*) from supplies_item i join supplies_store s "
                + "on s.unit_id = i.unit_id where s.id = ? and i.code like 'BG-%'", Long.class, store);
        assertThat(items).isEqualTo(5);
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from supplies_store where name = '办公室库房'", Long.class))
                .isOne();
    }
}
