package org.zhengtong.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

    @Test
    void marksEveryWordWhereMostOfThemComeTogetherAndEscapesTheRest() {
        String text = "开头一段与检索无关的文字。".repeat(20) + "<b>预算</b>调整方案已报送，预算调整的依据见附件。";
        String passage = Passages.of(text, List.of("预算", "调整"), 60);
        assertThat(passage).startsWith("…").contains("&lt;b&gt;<mark>预算</mark>&lt;/b&gt;<mark>调整</mark>方案")
                .contains("<mark>预算调整</mark>的依据").doesNotContain("<b>");
    }

    @Test
    void withoutTheWordsThePassageIsTheBeginning() {
        assertThat(Passages.of("供水管网老化，需要改造。" + "x".repeat(200), List.of("预算"), 12))
                .isEqualTo("供水管网老化，需要改造。…");
        assertThat(Passages.of("", List.of("预算"), 12)).isEmpty();
        assertThat(Passages.of(null, List.of("预算"), 12)).isEmpty();
    }

    @Test
    void latinWordsAreFoundInAnyCaseAndOverlapsMarkedOnce() {
        assertThat(Passages.of("OFD 版式文件 Reports", List.of("ofd", "report", "版式", "版式文件"), 50))
                .isEqualTo("<mark>OFD</mark> <mark>版式文件</mark> <mark>Report</mark>s");
        assertThat(Passages.of("İstanbul 预算", List.of("预算"), 50)).isEqualTo("İstanbul <mark>预算</mark>");
    }
}
