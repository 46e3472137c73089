package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GB 11643: the published example numbers, their check characters, birth dates and sexes. */
class IdNumbersTest {

    @Test
    void theStandardsExamplesAreValidAndAnyOtherCheckCharacterIsNot() {
        // the examples of GB 11643-1999, appendix A
        assertThat(IdNumbers.valid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.valid("440524188001010014")).isTrue();
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        for (char wrong : "0123456789".toCharArray()) {
            assertThat(IdNumbers.valid("1101051949123100" + "2" + wrong)).isFalse();
        }
        assertThat(IdNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.male("11010519491231002X")).isFalse();
        assertThat(IdNumbers.male("440524188001010014")).isTrue();
        assertThat(IdNumbers.masked("440524188001010014")).isEqualTo("4405**********0014");
    }

    @Test
    void malformedNumbersAreInvalid() {
        assertThat(IdNumbers.valid(null)).isFalse();
        assertThat(IdNumbers.valid("11010519491231002")).isFalse();
        assertThat(IdNumbers.valid("11010519491231002XX")).isFalse();
        assertThat(IdNumbers.valid("01010519491231002X")).isFalse();
        // 1949-02-30 is no date, whatever the check character
        String first17 = "11010519490230002";
        assertThat(IdNumbers.valid(first17 + IdNumbers.checkCharacter(first17))).isFalse();
        assertThat(IdNumbers.normalized(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }
}
