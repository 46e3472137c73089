package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePinyinTest {

    private final NamePinyin pinyin = new NamePinyin();

    @Test
    void findsANameByInitialsFullPinyinOrAMixFromItsStart() {
        assertThat(pinyin.matches("张三", "zs")).isTrue();
        assertThat(pinyin.matches("张三", "ZS")).isTrue();
        assertThat(pinyin.matches("张三", "zhangsan")).isTrue();
        assertThat(pinyin.matches("张三", "zhangs")).isTrue();
        assertThat(pinyin.matches("张三", "zsa")).isTrue();
        assertThat(pinyin.matches("张三", "z")).isTrue();
        assertThat(pinyin.matches("欧阳晓", "oyx")).isTrue();
        assertThat(pinyin.matches("张三丰", "zsf")).isTrue();

        assertThat(pinyin.matches("张三", "s")).as("from the start of the name only").isFalse();
        assertThat(pinyin.matches("张三", "zx")).isFalse();
        assertThat(pinyin.matches("张三", "zsx")).as("longer than the name").isFalse();
        assertThat(pinyin.matches("张三", "")).isFalse();
    }

    @Test
    void aCharacterWithSeveralReadingsMatchesByAnyOfThem() {
        assertThat(pinyin.matches("曾力", "zl")).isTrue();
        assertThat(pinyin.matches("曾力", "cl")).isTrue();
        assertThat(pinyin.matches("单明", "sm")).isTrue();
    }

    @Test
    void latinLettersAndDigitsInANameCountAsThemselves() {
        assertThat(pinyin.matches("张三2号", "zs2")).isTrue();
        assertThat(pinyin.matches("Anna李", "annal")).isTrue();
    }

    @Test
    void aWholeNameMatchTakesEveryCharacter() {
        assertThat(pinyin.matchesWhole("张三", "zs")).isTrue();
        assertThat(pinyin.matchesWhole("张三", "zhangsan")).isTrue();
        assertThat(pinyin.matchesWhole("张三", "zhangsa")).as("the last character may be begun").isTrue();
        assertThat(pinyin.matchesWhole("张三丰", "zs")).as("丰 is missing").isFalse();
        assertThat(pinyin.matchesWhole("张三", "z")).isFalse();
        assertThat(pinyin.matchesWhole("曾力", "cl")).isTrue();
    }
}
