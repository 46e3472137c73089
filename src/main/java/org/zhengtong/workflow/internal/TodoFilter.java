package org.zhengtong.workflow.internal;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The to-do window's filters (all optional): kind, urgency, unit, deadline range, overdue only. The deadline is the
 * step's due day, else the deadline its module describes. Applied in the to-do table's query.
 */
public record TodoFilter(@Parameter(description = "文种，如 请示") String type,
                         @Parameter(description = "紧急程度，如 特急") String urgency,
                         @Parameter(description = "单位名称") String unit,
                         @Parameter(description = "办理期限自（含）")
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @Parameter(description = "办理期限至（含）")
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @Parameter(description = "只看超期") Boolean overdue) {

    public static final TodoFilter NONE = new TodoFilter(null, null, null, null, null, false);

    public boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
