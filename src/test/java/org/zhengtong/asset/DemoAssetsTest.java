package org.zhengtong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * The demo city's assets: 市住建局, 市财政局 and 市教育局 have their cards, 市审计局 has none and shows among the units
 * without assets in 市财政局's city view; 市住建局's clerk keeps its assets and 市财政局's 资产管理科 chief sees the
 * city; starting again adds nothing.
 */
@IntegrationTest
class DemoAssetsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired AsUser as;
    @Autowired CurrentUsers currentUsers;
    @Autowired OrgDirectory directory;
    @Autowired @Qualifier("demoAssets") ApplicationRunner demo;

    @Test
    void threeUnitsHaveTheirCardsAndTheAuditOfficeNone() throws Exception {
        assertThat(cards("zjj", "住建局办公楼", "公务用车", "台式计算机", "打印机")).isEqualTo(4);
        assertThat(cards("czj", "服务器", "台式计算机")).isEqualTo(2);
        assertThat(cards("jyj", "会议椅")).isOne();
        assertThat(jdbc.queryForObject("select count(*) from asset_card where unit_id = ?", Long.class, unit("sjj")))
                .isZero();

        String city = mvc.perform(get("/asset/reports/city").with(users.as(AssetJourneyTest.FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unregistered = Jsoup.parse(city).getElementById("unregistered").text();
        assertThat(unregistered).contains("市审计局").doesNotContain("市住房和城乡建设局", "市教育局");
        assertThat(Jsoup.parse(city).getElementById("by-unit").text()).contains("市住房和城乡建设局", "市教育局");
    }

    @Test
    void theClerkKeepsTheAssetsAndTheAssetOfficeSeesTheCity() throws Exception {
        assertThat(as.call(AssetJourneyTest.CLERK, () -> currentUsers.current().can("ASSET_MANAGE"))).isTrue();
        assertThat(as.call(AssetJourneyTest.HEAD, () -> currentUsers.current().can("ASSET_MANAGE"))).isFalse();
        assertThat(as.call(AssetJourneyTest.FINANCE, () -> currentUsers.current().can("ASSET_CITY"))).isTrue();
        mvc.perform(get("/asset/cards/new").with(users.as(AssetJourneyTest.CLERK))).andExpect(status().isOk());
        mvc.perform(get("/asset/cards/new").with(users.as(AssetJourneyTest.HEAD))).andExpect(status().isForbidden());
        mvc.perform(get("/asset/reports/city").with(users.as(AssetJourneyTest.CLERK))).andExpect(status().isForbidden());
    }

    @Test
    void startingAgainAddsNothing() throws Exception {
        String count = "select count(*) from asset_card where unit_id in (?, ?, ?)";
        Long before = jdbc.queryForObject(count, Long.class, unit("zjj"), unit("czj"), unit("jyj"));
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject(count, Long.class, unit("zjj"), unit("czj"), unit("jyj"))).isEqualTo(before);
    }

    /** How many of the unit's cards bear these names (tests add cards of their own, under unique names). */
    private long cards(String unitCode, String... names) {
        String in = String.join(",", java.util.Collections.nCopies(names.length, "?"));
        Object[] arguments = new Object[names.length + 1];
        arguments[0] = unit(unitCode);
        System.arraycopy(names, 0, arguments, 1, names.length);
        return jdbc.queryForObject("select count(*) from asset_card where unit_id = ? and name in (" + in + ")",
                Long.class, arguments);
    }

    private long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }
}
