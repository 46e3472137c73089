package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.IdNumbers;
import org.zhengtong.platform.OrgDirectory;

/**
 * A 信访 case in the browser, 登记 to 办结: 市信访局's office registers a visit, proposes it to the head, who
 * instructs; the office hands it to 市住建局 and 北湖区, whose handlers report from their to-do windows; the office
 * drafts the reply, reviews and sends it, records the petitioner's satisfaction, and the case is 办结.
 */
class PetitionBrowserTest extends BrowserTest {

    static final String OFFICE = "xfj.office";

    @Autowired OrgDirectory directory;

    @Test
    void aVisitIsRegisteredHandledByTwoUnitsAnsweredAndClosed() {
        String summary = TestUsers.unique("小区供暖不足");
        signIn(OFFICE);
        open("/petitions/new");
        new Select(find(By.id("channel"))).selectByValue("VISIT");
        type("name", "郑秀英");
        type("idNumber", "43100219650315202" + IdNumbers.checkCharacter("43100219650315202"));
        type("phone", "13907358888");
        type("address", "北湖区燕泉路8号");
        new Select(find(By.id("matterCode"))).selectByValue("HOUSING");
        type("summary", summary);
        type("content", "入冬以来室温不足十度，物业和供暖公司相互推诿。");
        press(By.id("save-petition"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/petitions/\\d+$"));
        String petition = path();
        assertThat(find(By.id("petition-status")).getText()).isEqualTo("登记待受理");
        assertThat(find(By.id("petitioner-name")).getText()).isEqualTo("郑秀英");
        assertThat(find(By.id("accept-due")).getText()).isNotBlank();
        // 拟办: 受理, to the head (chosen at first)
        assertThat(new Select(find(By.id("petition-disposition"))).getFirstSelectedOption().getText()).startsWith("受理");
        sendOn("拟受理，呈局长批示");
        logout();

        signIn("xfj.head");
        openFromTodo(summary, "领导批示");
        sendOn("请市住建局、北湖区依法办理");
        logout();

        signIn(OFFICE);
        open(petition);
        clickUncovered(find(By.id("petition-units-" + unit("zjj"))));
        clickUncovered(find(By.id("petition-units-" + unit("bhq"))));
        sendOn("交办");
        open(petition);
        assertThat(find(By.id("petition-status")).getText()).isEqualTo("办理中");
        assertThat(find(By.id("assignments")).getText()).contains("市住房和城乡建设局", "北湖区人民政府");
        logout();

        for (String handler : new String[] {"zjj.office", "bhq.office"}) {
            signIn(handler);
            openFromTodo(summary, "办理并报告");
            assertThat(find(By.id("petitioner-phone")).getText()).isEqualTo("13907358888");
            sendOn(handler.startsWith("zjj") ? "已督促物业公司检修管网" : "街道已约谈供暖公司，室温已达标");
            logout();
        }

        signIn(OFFICE);
        open(petition);
        type("reply-draft", "经市住建局、北湖区调查处理，供暖管网已检修，室温已达标。");
        press(By.id("save-reply"));
        assertThat(find(By.id("reply-text")).getText()).contains("室温已达标");
        sendOn("答复意见审核同意");
        open(petition);
        sendOn("已寄送答复意见书");
        open(petition);
        assertThat(find(By.id("petition-status")).getText()).isEqualTo("已答复");
        new Select(find(By.id("petition-satisfaction"))).selectByValue("SATISFIED");
        sendOn("电话回访，信访人表示满意");
        open(petition);
        assertThat(find(By.id("petition-status")).getText()).isEqualTo("办结");
        assertThat(find(By.id("satisfaction")).getText()).contains("满意");
        assertThat(find(By.id("reply-pdf")).getAttribute("href")).endsWith("/pdf/reply");
        logout();
    }

    private long unit(String code) {
        return directory.units().stream().filter(u -> code.equals(u.code())).findFirst().orElseThrow().id();
    }
}
