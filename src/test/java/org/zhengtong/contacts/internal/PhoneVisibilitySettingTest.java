package org.zhengtong.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NamePinyin;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/** The directory under each value of {@code zhengtong.contacts.phone-visibility}, read by another unit's clerk. */
@IntegrationTest
class PhoneVisibilitySettingTest {

    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory org;
    @Autowired NamePinyin pinyin;
    @Autowired CurrentUsers currentUsers;
    @Autowired ContactsProperties configured;

    @Test
    void theSettingDecidesWhoseNumbersAReaderSees() {
        assertThat(configured.phoneVisibility()).as("the default").isEqualTo(PhoneVisibility.SAME_UNIT);
        Team team = platform.newTeam();
        String suffix = TestUsers.unique("");
        platform.newClerk(team, "王五" + suffix, "0571-1111");

        assertThat(phoneAsSeenBy("mzj.d1.clerk1", PhoneVisibility.ALL, suffix)).isEqualTo("0571-1111");
        assertThat(phoneAsSeenBy("mzj.d1.clerk1", PhoneVisibility.SAME_UNIT, suffix)).isNull();
        assertThat(phoneAsSeenBy(team.clerk(), PhoneVisibility.SAME_UNIT, suffix)).isEqualTo("0571-1111");
        assertThat(phoneAsSeenBy(team.clerk(), PhoneVisibility.NONE, suffix)).isNull();
    }

    private String phoneAsSeenBy(String reader, PhoneVisibility visibility, String suffix) {
        PublicDirectory directory = new PublicDirectory(org, pinyin, new ContactsProperties(visibility), currentUsers);
        return as.call(reader, () -> directory.search("ww" + suffix, null, 0)).getContent().get(0).officePhone();
    }
}
