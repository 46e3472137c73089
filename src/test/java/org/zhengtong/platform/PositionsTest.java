package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.zhengtong.platform.internal.org.Position;

/** The exported position codes are exactly the positions the organization stores. */
class PositionsTest {

    @Test
    void everyExportedCodeIsAStoredPositionAndEveryPositionIsExported() throws IllegalAccessException {
        var exported = new java.util.ArrayList<String>();
        for (Field field : Positions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                assertThat(field.getName()).isEqualTo(field.get(null));
                exported.add((String) field.get(null));
            }
        }
        assertThat(exported).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Position.values()).map(Position::name).toList());
    }
}
