package org.zhengtong.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengtong.messages.internal.MessageText.Segment;

class MessageTextTest {

    @Test
    void onlyHttpAddressesBecomeLinksAndTrailingPunctuationStaysText() {
        assertThat(MessageText.segments("见 https://example.org/a?b=1&c=2。谢谢")).containsExactly(
                new Segment("见 ", null), new Segment("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
                new Segment("。谢谢", null));
        assertThat(MessageText.segments("javascript:alert(1) data:text/html,<b>x</b> ftp://x")).containsExactly(
                new Segment("javascript:alert(1) data:text/html,<b>x</b> ftp://x", null));
        assertThat(MessageText.segments("(http://a.example/x) \"https://b.example/\"><script>")).containsExactly(
                new Segment("(", null), new Segment("http://a.example/x", "http://a.example/x"),
                new Segment(") \"", null), new Segment("https://b.example/", "https://b.example/"),
                new Segment("\"><script>", null));
        assertThat(MessageText.segments("https://")).containsExactly(new Segment("https://", null));
        assertThat(MessageText.segments("")).isEqualTo(List.of());
    }

    @Test
    void keptTextLosesControlCharactersButKeepsLines() {
        assertThat(MessageText.normalized("  第一行\r\n第二行\u0000\u0007\t完 ")).isEqualTo("第一行\n第二行\t完");
        assertThat(MessageText.normalized(null)).isEmpty();
    }
}
