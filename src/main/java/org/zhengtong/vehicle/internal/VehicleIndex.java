package org.zhengtong.vehicle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Bookings in 综合检索 (kind {@code vehicle}): the number, destination, reason, booker and car as text, found within
 * the unit; {@link #readable} lets through only those the searcher may open ({@link VehicleAccess}: the booker, the
 * driver, the fleet managers and leaders, those who took part in the approval).
 */
@Component
class VehicleIndex extends RecordIndex<Booking> {

    static final String KIND = "vehicle";

    private final CarRepository cars;
    private final VehicleBookingService service;
    private final OrgDirectory directory;
    private final Clock clock;

    VehicleIndex(VehicleBookingRepository bookings, CarRepository cars, VehicleBookingService service, OrgDirectory directory,
                 CurrentUsers currentUsers, Clock clock) {
        super(KIND, Booking.class, bookings, "/vehicle/bookings/", currentUsers);
        this.cars = cars;
        this.service = service;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected boolean mayOpen(Booking r, CurrentUser user) {
        return service.canRead(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(Booking b) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", b.getNumber());
        fields.put("status", b.getStatus().name());
        String plate = b.getCarId() == null ? null : cars.findById(b.getCarId()).map(Car::getPlate).orElse(null);
        String text = new EntryText().add(b.getNumber(), b.getDestination(), b.getReason(),
                directory.nameOf(b.getBookedBy()), plate).toString();
        String title = "用车：" + b.getDestination() + "（" + directory.nameOf(b.getBookedBy()) + "）";
        return new FullTextSearch.Entry(KIND, b.getId(), b.getUnitId(), title, text,
                LocalDate.ofInstant(b.getStartsAt(), clock.getZone()), Classification.UNCLASSIFIED,
                Set.of(Readers.unit(b.getUnitId())), fields);
    }
}
