package org.zhengtong.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneVisibilityTest {

    @Test
    void showsAPhoneNumberAsTheSettingSays() {
        assertThat(PhoneVisibility.ALL.shows(1L, 2L)).isTrue();
        assertThat(PhoneVisibility.ALL.shows(null, 2L)).isTrue();
        assertThat(PhoneVisibility.SAME_UNIT.shows(2L, 2L)).isTrue();
        assertThat(PhoneVisibility.SAME_UNIT.shows(1L, 2L)).isFalse();
        assertThat(PhoneVisibility.SAME_UNIT.shows(null, 2L)).as("a reader of no unit").isFalse();
        assertThat(PhoneVisibility.NONE.shows(2L, 2L)).isFalse();
    }
}
