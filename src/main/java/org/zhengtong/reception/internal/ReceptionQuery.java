package org.zhengtong.reception.internal;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 组合查询: every condition optional, all of them must hold. The period is on the arrival day (from and to
 * included); the visiting unit and the text are parts of words (the text is looked for in the number, the visiting
 * unit, the leader and the 事由).
 */
public record ReceptionQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @Size(max = 100, message = "{validation.size}") String visitingUnit,
                             ReceptionLevel level, Long hostDepartmentId, ReceptionStatus status,
                             @Size(max = 100, message = "{validation.size}") String text) {

    public static ReceptionQuery all() {
        return new ReceptionQuery(null, null, null, null, null, null, null);
    }
}
