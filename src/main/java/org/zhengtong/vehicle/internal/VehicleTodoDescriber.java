package org.zhengtong.vehicle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/**
 * Describes {@code vehicle:<id>} for the to-do window: 用车申请 of whom to where with how many, due by the day the
 * car is needed, linking to the booking's page.
 */
@Component
class VehicleTodoDescriber implements TodoDescriber {

    private final VehicleBookingRepository bookings;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    VehicleTodoDescriber(VehicleBookingRepository bookings, OrgDirectory directory, MessageSource messages, Clock clock) {
        this.bookings = bookings;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(Booking.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, Booking.KEY_PREFIX);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String type = text("vehicle.todoType");
        Map<String, Description> described = new HashMap<>();
        for (Booking b : bookings.findByIdIn(ids)) {
            String unitName = directory.unit(b.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(b.businessKey(), new Description(
                    text("vehicle.todoTitle", directory.nameOf(b.getBookedBy()), b.getDestination(),
                            b.getPassengers()),
                    b.getNumber(), type, null, 0, null, unitName,
                    LocalDate.ofInstant(b.getStartsAt(), clock.getZone()), "/vehicle/bookings/" + b.getId()));
        }
        return described;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
