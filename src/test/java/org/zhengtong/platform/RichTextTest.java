package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The safelist every rich text goes through: formatting stays, anything that runs goes. */
class RichTextTest {

    @Test
    void keepsFormattingAndDropsWhatRuns() {
        String html = "<p align=\"center\"><b>预算</b><s>旧</s></p><blockquote>引文</blockquote>"
                + "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">链接</a>"
                + "<p style=\"color:red\" onclick=\"alert(4)\">段落</p>";

        String clean = RichText.clean(html);

        assertThat(clean).contains("<p align=\"center\"><b>预算</b><s>旧</s></p>", "<blockquote>引文</blockquote>",
                "<p>段落</p>");
        assertThat(clean).doesNotContain("script", "img", "onerror", "javascript", "style", "onclick");
        assertThat(RichText.clean(null)).isEmpty();
    }

    @Test
    void textIsTheWordsWithoutMarkup() {
        assertThat(RichText.text("<p>关于<b>预算</b>的通知</p>")).isEqualTo("关于预算的通知");
        assertThat(RichText.text(null)).isEmpty();
    }
}
