package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessKeysTest {

    @Test
    void anIdIsReadOnlyAfterItsOwnPrefixAndOnlyAsDigits() {
        assertThat(BusinessKeys.idOf("meeting:42", "meeting:")).contains(42L);
        assertThat(BusinessKeys.idOf("meeting-booking:42", "meeting:")).isEmpty();
        assertThat(BusinessKeys.idOf("meeting:4x2", "meeting:")).isEmpty();
        assertThat(BusinessKeys.idOf("meeting:-42", "meeting:")).isEmpty();
        assertThat(BusinessKeys.idOf("meeting:", "meeting:")).isEmpty();
        assertThat(BusinessKeys.idOf("meeting:" + "9".repeat(19), "meeting:")).as("beyond a long").isEmpty();
        assertThat(BusinessKeys.idOf(null, "meeting:")).isEmpty();
    }

    @Test
    void withoutAPrefixTheIdFollowsTheFirstColon() {
        assertThat(BusinessKeys.idOf("meeting-minutes:7")).contains(7L);
        assertThat(BusinessKeys.idOf("petition-extension:7:8")).isEmpty();
        assertThat(BusinessKeys.idOf("7")).contains(7L);
        assertThat(BusinessKeys.idOf(null)).isEmpty();
    }

    @Test
    void idsOfKeepOnlyTheKeysOfThePrefixOnceEach() {
        assertThat(BusinessKeys.idsOf(List.of("notice:1", "notice:2", "notice:1", "document:3", "notice:x"),
                "notice:")).containsExactly(1L, 2L);
    }
}
