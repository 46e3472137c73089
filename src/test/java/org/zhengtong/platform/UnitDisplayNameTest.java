package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengtong.platform.OrgDirectory.UnitRef;

/** Lists name a unit by its short name and fall back to the full name: a unit need not have a short name. */
class UnitDisplayNameTest {

    @Test
    void theShortNameWhereThereIsOneElseTheName() {
        assertThat(new UnitRef(1, "郴州市财政局", "市财政局", "czj", null).displayName()).isEqualTo("市财政局");
        assertThat(new UnitRef(2, "郴州市新设单位", null, "xsdw", null).displayName()).isEqualTo("郴州市新设单位");
        assertThat(new UnitRef(3, "郴州市新设单位", " ", "xsdw", null).displayName()).isEqualTo("郴州市新设单位");
    }
}
