package org.zhengtong.supplies.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 领用申请: from which store, and its lines (which item, how many, what for). Lines left wholly empty (the page's
 * spare rows) are dropped; the rest are checked line by line by {@link SupplyRequestService#request}.
 */
public record RequestForm(@NotNull(message = "{supplies.validation.store}") Long storeId,
                          @Size(max = RequestForm.MAX_LINES, message = "{supplies.validation.lines}")
                          List<@Valid Line> lines) {

    public static final String REQUEST_KIND = "supplies-request";

    /** The most lines one request has. */
    public static final int MAX_LINES = 20;

    public record Line(Long itemId, Integer quantity, @Size(max = 500) String purpose) {

        boolean blank() {
            return itemId == null && quantity == null && (purpose == null || purpose.isBlank());
        }
    }

    /** The lines that say something. */
    List<Line> filled() {
        return lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.blank()).toList();
    }
}
