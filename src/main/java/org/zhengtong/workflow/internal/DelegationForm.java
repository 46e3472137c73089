package org.zhengtong.workflow.internal;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** 登记代办: from … to …, my tasks go to {@code toUsername}, because {@code reason}. Times in the server's zone. */
public record DelegationForm(String toUsername,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
                             String reason) {
}
