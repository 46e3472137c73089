package org.zhengtong.vehicle.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile for the unit's fleet managers: the bookings waiting at 派车 (待派车), the earliest trip first. */
@Component
class DispatchCard implements WorkbenchCard {

    private final VehicleBookingService bookings;
    private final VehicleAccess access;

    DispatchCard(VehicleBookingService bookings, VehicleAccess access) {
        this.bookings = bookings;
        this.access = access;
    }

    @Override
    public int order() {
        return 380;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (!access.mayManage(user)) {
            return Optional.empty();
        }
        List<BookingView> waiting = bookings.waitingForDispatch(user);
        List<Line> lines = waiting.stream().map(b -> new Line(b.destination() + "（" + b.passengers() + "人）",
                b.bookedByName(), b.startsAt(), "/vehicle/bookings/" + b.id())).toList();
        return Optional.of(new Tile("vehicle.tile.dispatch", "bi-car-front", "/vehicle/bookings?status=APPROVED",
                waiting.size(), lines));
    }
}
