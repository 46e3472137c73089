package org.zhengtong.meeting.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A meeting room as its unit's manager enters it; {@code bookingUnitIds} are the other units that may book it. */
public record RoomForm(@NotBlank(message = "{meeting.error.roomName}") @Size(max = 100) String name,
                       @Size(max = 100) String building,
                       @Min(1) @Max(10000) int capacity,
                       @Size(max = 500) String equipment,
                       @Size(max = 40) String keeper,
                       boolean needsApproval,
                       List<Long> bookingUnitIds,
                       Boolean active) {
}
