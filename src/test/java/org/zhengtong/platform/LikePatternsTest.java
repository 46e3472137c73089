package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void typedWildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertThat(LikePatterns.containing(" 50%_a\\b ")).isEqualTo("%50\\%\\_a\\\\b%");
        assertThat(LikePatterns.containingIgnoreCase("ZhengTong")).isEqualTo("%zhengtong%");
    }

    @Test
    void blankTextIsNoFilter() {
        assertThat(LikePatterns.containing(null)).isNull();
        assertThat(LikePatterns.containing("  ")).isNull();
        assertThat(LikePatterns.containingIgnoreCase("")).isNull();
    }
}
