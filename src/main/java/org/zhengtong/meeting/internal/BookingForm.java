package org.zhengtong.meeting.internal;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A booking of a room from a local start to a local end, for a purpose. */
public record BookingForm(Long roomId, LocalDateTime start, LocalDateTime end, @Size(max = 200) String purpose) {

    public static final String REQUEST_KIND = "meeting.booking";
}
