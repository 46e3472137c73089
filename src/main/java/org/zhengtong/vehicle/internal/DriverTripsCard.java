package org.zhengtong.vehicle.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile for a driver: the trips assigned to him not yet back (我的出车任务), the earliest first. */
@Component
class DriverTripsCard implements WorkbenchCard {

    private final VehicleBookingService bookings;

    DriverTripsCard(VehicleBookingService bookings) {
        this.bookings = bookings;
    }

    @Override
    public int order() {
        return 385;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (user.unitId() == null) {
            return Optional.empty();
        }
        List<BookingView> trips = bookings.myTrips();
        if (trips.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = trips.stream().map(b -> new Line(b.destination() + " " + b.carPlate(), b.bookedByName(),
                b.startsAt(), "/vehicle/bookings/" + b.id())).toList();
        return Optional.of(new Tile("vehicle.tile.trips", "bi-signpost", "/vehicle/bookings", trips.size(), lines));
    }
}
