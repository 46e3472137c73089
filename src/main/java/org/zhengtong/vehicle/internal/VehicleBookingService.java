package org.zhengtong.vehicle.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Sequences;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TrailStep;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.Workflow;

/**
 * 用车申请, 派车 and the trips. Every method that takes an id opens the booking through {@link VehicleAccess} first; a
 * refused change changes nothing (the transaction rolls back).
 *
 * <p>A booking starts its unit's 用车审批 at once; the steps before 派车 approve it, the unit's fleet managers
 * assign a car and a driver at 派车 ({@link #assign}). An assignment locks the car's row and then the driver's
 * ({@code SELECT … FOR UPDATE}, always in this order) and only then looks for an assigned or departed booking of
 * either overlapping the period, in the send's transaction: of two assignments made at once the second waits for the
 * first to commit, then finds it and is refused. 出车 and 还车 lock the car's row too, so its odometer only grows.
 */
@Service
@Transactional
public class VehicleBookingService {

    static final String TEMPLATE = "vehicle-booking";
    static final String DISPATCH = "dispatch";
    static final String SEQUENCE = "vehicle";
    static final Duration LONGEST_TRIP = Duration.ofDays(31);
    static final Set<BookingStatus> HOLDING = EnumSet.of(BookingStatus.ASSIGNED, BookingStatus.DEPARTED);

    private final VehicleBookingRepository bookings;
    private final CarRepository cars;
    private final DriverRepository drivers;
    private final VehicleAccess access;
    private final VehicleProperties properties;
    private final Workflow workflow;
    private final TaskActions taskActions;
    private final ProcessCatalog catalog;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Sequences sequences;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VehicleBookingService(VehicleBookingRepository bookings, CarRepository cars, DriverRepository drivers, VehicleAccess access,
                   VehicleProperties properties, Workflow workflow, @Lazy TaskActions taskActions,
                   ProcessCatalog catalog, CurrentUsers currentUsers,
                   OrgDirectory directory, Sequences sequences, AuditLog audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.bookings = bookings;
        this.cars = cars;
        this.drivers = drivers;
        this.access = access;
        this.properties = properties;
        this.workflow = workflow;
        this.taskActions = taskActions;
        this.catalog = catalog;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.sequences = sequences;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Books a car for the current user and starts the unit's approval; returns the booking's id. */
    public long book(BookingForm form) {
        CurrentUser user = currentUsers.current();
        if (user.unitId() == null || user.personId() == null) {
            throw new AccessDeniedException(user.username() + " belongs to no unit");
        }
        long unitId = user.unitId();
        ZoneId zone = clock.getZone();
        if (form.startsAt() == null || form.endsAt() == null) {
            throw new BusinessRuleException("vehicle.validation.period");
        }
        Instant start = form.startsAt().atZone(zone).toInstant();
        Instant end = form.endsAt().atZone(zone).toInstant();
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("vehicle.error.endBeforeStart");
        }
        if (Duration.between(start, end).compareTo(LONGEST_TRIP) > 0) {
            throw new BusinessRuleException("vehicle.error.tripTooLong", LONGEST_TRIP.toDays());
        }
        String destination = FleetService.blankToNull(form.destination());
        String reason = FleetService.blankToNull(form.reason());
        if (destination == null || reason == null || form.passengers() == null) {
            throw new BusinessRuleException("vehicle.error.incomplete");
        }
        int passengers = form.passengers();
        if (passengers < 1) {
            throw new BusinessRuleException("vehicle.validation.passengers");
        }
        int mostSeats = cars.findByUnitIdOrderByPlate(unitId).stream().filter(c -> c.getStatus() != CarStatus.DISABLED)
                .mapToInt(Car::getSeats).max().orElse(0);
        if (passengers > mostSeats) {
            throw new BusinessRuleException("vehicle.error.noCarSeats", passengers);
        }
        if (directory.usernamesWithPermission(unitId, VehiclePermissions.MANAGE).isEmpty()) {
            throw new BusinessRuleException("vehicle.error.noFleetManager");
        }
        int year = LocalDate.now(clock).getYear();
        String number = "用车" + year + "-" + String.format("%04d", sequences.next(SEQUENCE, unitId + "-" + year));
        Booking booking = bookings.saveAndFlush(new Booking(unitId, number, user.username(), user.departmentId(),
                form.scopeOrDefault(), start, end, destination, passengers, reason, clock.instant()));
        booking.startedAs(workflow.start(catalog.processKeyFor(TEMPLATE, booking.getScope().name(), unitId),
                booking.businessKey(), user.username(), Map.of("unitId", unitId, "bookingId", booking.getId(),
                        "tripScope", booking.getScope().name(),
                        "classification", Classification.UNCLASSIFIED.name(), "urgency", "NORMAL")));
        sync(booking);
        audit.success("VEHICLE_BOOK", "vehicleBooking", booking.getId(), number + " " + destination);
        changed(booking);
        return booking.getId();
    }

    /**
     * Cancels an assigned booking (before 出车), which frees its car and driver: its booker or a fleet manager of the
     * unit. A booking still in approval is refused at its step instead.
     */
    public void cancel(long id, String reason) {
        CurrentUser user = currentUsers.current();
        Booking booking = readable(id, user);
        if (!booking.getBookedBy().equals(user.username())) {
            access.requireManager(user, booking.getUnitId());
        }
        if (booking.getStatus() != BookingStatus.ASSIGNED) {
            throw new BusinessRuleException("vehicle.error.notCancellable");
        }
        String note = FleetService.blankToNull(reason);
        if (note == null) {
            throw new BusinessRuleException("vehicle.error.cancelReason");
        }
        if (note.length() > 500) {
            throw new BusinessRuleException("vehicle.error.cancelReasonLength", 500);
        }
        booking.cancel(note);
        audit.success("VEHICLE_BOOK_CANCEL", "vehicleBooking", id, booking.getNumber() + " " + note);
        changed(booking);
    }

    /**
     * 派车 at the booking's 派车 step (its handler, a fleet manager of the unit, checked by the kit): the car must be
     * the unit's, 可用, with seats for every passenger, the driver the unit's and active, and neither may hold another
     * booking overlapping the period.
     */
    void assign(Booking booking, Long carId, Long driverId) {
        CurrentUser user = currentUsers.current();
        access.requireManager(user, booking.getUnitId());
        if (booking.getStatus() != BookingStatus.APPROVED) {
            throw new BusinessRuleException("vehicle.error.notAtDispatch");
        }
        if (carId == null) {
            throw new BusinessRuleException("vehicle.validation.car");
        }
        if (driverId == null) {
            throw new BusinessRuleException("vehicle.validation.driverChoice");
        }
        Car car = cars.lockById(carId).filter(c -> c.getUnitId() == booking.getUnitId())
                .orElseThrow(() -> new BusinessRuleException("vehicle.validation.car"));
        if (car.getStatus() != CarStatus.AVAILABLE) {
            throw new BusinessRuleException("vehicle.error.carUnavailable", car.getPlate());
        }
        if (car.getSeats() < booking.getPassengers()) {
            throw new BusinessRuleException("vehicle.error.seats", car.getPlate(), car.getSeats(),
                    booking.getPassengers());
        }
        Driver driver = drivers.lockById(driverId).filter(d -> d.getUnitId() == booking.getUnitId())
                .orElseThrow(() -> new BusinessRuleException("vehicle.validation.driverChoice"));
        if (!driver.isActive()) {
            throw new BusinessRuleException("vehicle.error.driverInactive", directory.nameOf(driver.getUsername()));
        }
        if (bookings.carOverlaps(car.getId(), booking.getStartsAt(), booking.getEndsAt(), HOLDING,
                booking.getId()) > 0) {
            throw new BusinessRuleException("vehicle.error.carTaken", car.getPlate());
        }
        if (bookings.driverOverlaps(driver.getId(), booking.getStartsAt(), booking.getEndsAt(), HOLDING,
                booking.getId()) > 0) {
            throw new BusinessRuleException("vehicle.error.driverTaken", directory.nameOf(driver.getUsername()));
        }
        booking.assigned(car.getId(), driver.getId(), user.username(), clock.instant());
        bookings.saveAndFlush(booking);
        audit.success("VEHICLE_ASSIGN", "vehicleBooking", booking.getId(),
                booking.getNumber() + " " + car.getPlate() + " " + driver.getUsername());
        changed(booking);
    }

    /**
     * 派车 through the API: sends the booking's open 派车 task on with the car and driver chosen, as the page's task
     * panel does (the kit checks that the current user holds it, {@link #assign} the rest).
     */
    public void dispatch(long id, TripForms.Assignment assignment) {
        Booking booking = readable(id, currentUsers.current());
        String taskId = booking.getStatus() != BookingStatus.APPROVED ? null
                : workflow.openTasks(booking.getProcessInstanceId()).stream()
                        .filter(t -> DISPATCH.equals(t.activityId())).map(t -> t.taskId()).findFirst().orElse(null);
        if (taskId == null) {
            throw new BusinessRuleException("vehicle.error.notAtDispatch");
        }
        taskActions.send(booking.businessKey(), taskId, new TaskDecision(assignment.opinion(), Map.of(
                VehicleProcesses.CAR, List.of(String.valueOf(assignment.carId())),
                VehicleProcesses.DRIVER, List.of(String.valueOf(assignment.driverId())))));
    }

    /** 出车: the odometer as the car leaves, at least what the car last recorded. */
    public void depart(long id, TripForms.Departure form) {
        CurrentUser user = currentUsers.current();
        Booking booking = readable(id, user);
        requireDriverOrManager(booking, user);
        if (booking.getStatus() != BookingStatus.ASSIGNED) {
            throw new BusinessRuleException("vehicle.error.notAssigned");
        }
        if (form.mileage() == null || form.mileage() < 0 || form.mileage() > Car.MAX_MILEAGE) {
            throw new BusinessRuleException("vehicle.validation.mileage");
        }
        Car car = cars.lockById(booking.getCarId()).orElseThrow();
        if (bookings.existsByCarIdAndStatus(car.getId(), BookingStatus.DEPARTED)) {
            throw new BusinessRuleException("vehicle.error.carOut", car.getPlate());
        }
        if (form.mileage() < car.getMileage()) {
            // readings as digits, not as numbers the message would group (48,210)
            throw new BusinessRuleException("vehicle.error.departureMileage", String.valueOf(form.mileage()),
                    String.valueOf(car.getMileage()), car.getPlate());
        }
        booking.departed(clock.instant(), form.mileage());
        car.recordMileage(form.mileage());
        audit.success("VEHICLE_DEPART", "vehicleBooking", id, booking.getNumber() + " " + form.mileage() + " km");
        changed(booking);
    }

    /** 还车: the odometer back, at least the departure's (and the car's), with the fuel taken on the way. */
    public void returned(long id, TripForms.Return form) {
        CurrentUser user = currentUsers.current();
        Booking booking = readable(id, user);
        requireDriverOrManager(booking, user);
        if (booking.getStatus() != BookingStatus.DEPARTED) {
            throw new BusinessRuleException("vehicle.error.notDeparted");
        }
        if (form.mileage() == null || form.mileage() < 0 || form.mileage() > Car.MAX_MILEAGE) {
            throw new BusinessRuleException("vehicle.validation.mileage");
        }
        if ((form.fuelLitres() != null && form.fuelLitres().signum() < 0)
                || (form.fuelCost() != null && form.fuelCost().signum() < 0)) {
            throw new BusinessRuleException("vehicle.validation.fuel");
        }
        String note = FleetService.blankToNull(form.tripNote());
        if (note != null && note.length() > 500) {
            throw new BusinessRuleException("vehicle.error.cancelReasonLength", 500);
        }
        Car car = cars.lockById(booking.getCarId()).orElseThrow();
        int floor = Math.max(booking.getDepartureMileage(), car.getMileage());
        if (form.mileage() < floor) {
            throw new BusinessRuleException("vehicle.error.returnMileage", String.valueOf(form.mileage()),
                    String.valueOf(floor), car.getPlate());
        }
        booking.returned(clock.instant(), form.mileage(), form.fuelLitres(), form.fuelCost(), note);
        car.recordMileage(form.mileage());
        audit.success("VEHICLE_RETURN", "vehicleBooking", id,
                booking.getNumber() + " " + booking.getDistance() + " km");
        changed(booking);
    }

    @Transactional(readOnly = true)
    public BookingView view(long id) {
        return view(readable(id, currentUsers.current()));
    }

    /** The current user's own bookings, latest first. */
    @Transactional(readOnly = true)
    public List<BookingView> mine() {
        return bookings.findByBookedByOrderByStartsAtDesc(currentUsers.current().username()).stream()
                .map(this::view).toList();
    }

    /** The trips assigned to the current user as a driver, not yet returned, by start. */
    @Transactional(readOnly = true)
    public List<BookingView> myTrips() {
        return drivers.findByUsername(currentUsers.current().username())
                .map(d -> bookings.findByDriverIdInAndStatusInOrderByStartsAt(List.of(d.getId()), HOLDING))
                .orElse(List.of()).stream().map(this::view).toList();
    }

    /** A page of the unit's bookings (fleet managers, the unit's leaders), by start, latest first. */
    @Transactional(readOnly = true)
    public Page<BookingView> unit(BookingStatus status, int page) {
        CurrentUser user = currentUsers.current();
        access.requireUnitReader(user);
        long unitId = user.unitId();
        return bookings.findAll((root, query, cb) -> status == null ? cb.equal(root.get("unitId"), unitId)
                        : cb.and(cb.equal(root.get("unitId"), unitId), cb.equal(root.get("status"), status)),
                PageRequest.of(Math.max(page, 0), properties.pageSizeOrDefault(),
                        Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id")))).map(this::view);
    }

    /** The unit's bookings waiting at 派车 (待派车), for its fleet managers. */
    @Transactional(readOnly = true)
    public List<BookingView> waitingForDispatch(CurrentUser user) {
        if (!access.mayManage(user)) {
            return List.of();
        }
        return bookings.findByUnitIdAndStatusOrderByStartsAt(user.unitId(), BookingStatus.APPROVED).stream()
                .map(this::view).toList();
    }

    /** What 派车 may choose for a booking: the unit's available cars with enough seats, free in its period. */
    @Transactional(readOnly = true)
    public List<CarView> freeCars(Booking booking) {
        return cars.findByUnitIdOrderByPlate(booking.getUnitId()).stream()
                .filter(c -> c.getStatus() == CarStatus.AVAILABLE && c.getSeats() >= booking.getPassengers())
                .filter(c -> bookings.carOverlaps(c.getId(), booking.getStartsAt(), booking.getEndsAt(), HOLDING,
                        booking.getId()) == 0)
                .map(CarView::of).toList();
    }

    /** The unit's active drivers free in the booking's period. */
    @Transactional(readOnly = true)
    public List<Driver> freeDrivers(Booking booking) {
        return drivers.findByUnitIdOrderById(booking.getUnitId()).stream().filter(Driver::isActive)
                .filter(d -> bookings.driverOverlaps(d.getId(), booking.getStartsAt(), booking.getEndsAt(), HOLDING,
                        booking.getId()) == 0)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return access.mayManage(currentUsers.current());
    }

    @Transactional(readOnly = true)
    public boolean mayReadUnit() {
        return access.mayReadUnit(currentUsers.current());
    }

    /** Whether the current user may record the booking's trip (its driver, a fleet manager of the unit). */
    @Transactional(readOnly = true)
    public boolean mayRecordTrip(long id) {
        CurrentUser user = currentUsers.current();
        Booking booking = readable(id, user);
        return isDriver(booking, user) || (access.mayManage(user) && booking.getUnitId() == user.unitId());
    }

    /** The approval's steps so far (the kit's history of the process), for whoever reads the booking. */
    @Transactional(readOnly = true)
    public List<TrailStep> history(long id) {
        Booking booking = readable(id, currentUsers.current());
        return booking.getProcessInstanceId() == null ? List.of() : workflow.trail(booking.getProcessInstanceId());
    }

    /** Whether the current user may cancel the booking now (its booker or a fleet manager; assigned, not out). */
    @Transactional(readOnly = true)
    public boolean mayCancel(long id) {
        CurrentUser user = currentUsers.current();
        Booking booking = readable(id, user);
        return booking.getStatus() == BookingStatus.ASSIGNED && (booking.getBookedBy().equals(user.username())
                || (access.mayManage(user) && booking.getUnitId() == user.unitId()));
    }

    // the approval's course, told by the template in the action's transaction

    /** Keeps the status in step with where the process stands: 待派车 at 派车, 审批中 before it. */
    void sync(Booking booking) {
        if (booking.getStatus().inProcess() && booking.getProcessInstanceId() != null) {
            booking.atDispatch(workflow.openTasks(booking.getProcessInstanceId()).stream()
                    .anyMatch(t -> DISPATCH.equals(t.activityId())));
            changed(booking);
        }
    }

    void refusedByProcess(String businessKey, String reason) {
        Booking booking = byKey(businessKey);
        booking.refused(reason);
        audit.success("VEHICLE_REFUSE", "vehicleBooking", booking.getId(), booking.getNumber() + " " + reason);
        changed(booking);
    }

    void endedByProcess(String businessKey) {
        Booking booking = byKey(businessKey);
        if (booking.getStatus().inProcess()) {
            booking.cancel(null);
            changed(booking);
        }
    }

    Booking byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, Booking.KEY_PREFIX).flatMap(bookings::findById)
                .orElseThrow(() -> new NotFoundException("vehicleBooking", businessKey));
    }

    Booking readable(long id, CurrentUser user) {
        Booking booking = bookings.findById(id).orElseThrow(() -> new NotFoundException("vehicleBooking", id));
        if (!canRead(booking, user)) {
            throw new AccessDeniedException("booking " + id + " is not visible to " + user.username());
        }
        return booking;
    }

    boolean canRead(Booking booking, CurrentUser user) {
        return access.canRead(booking, user, driverOf(booking).orElse(null));
    }

    BookingView view(Booking b) {
        Optional<Car> car = b.getCarId() == null ? Optional.empty() : cars.findById(b.getCarId());
        Optional<Driver> driver = driverOf(b);
        return new BookingView(b.getId(), b.getNumber(), b.getBookedBy(), directory.nameOf(b.getBookedBy()),
                b.getDepartmentId() == null ? null : directory.department(b.getDepartmentId())
                        .map(OrgDirectory.DepartmentRef::name).orElse(null),
                b.getScope(), b.getStartsAt(), b.getEndsAt(), b.getDestination(), b.getPassengers(), b.getReason(),
                b.getStatus(), b.getProcessInstanceId(), b.getDecisionNote(), b.getCarId(),
                car.map(Car::getPlate).orElse(null), b.getDriverId(),
                driver.map(d -> directory.nameOf(d.getUsername())).orElse(null),
                driver.map(Driver::getPhone).orElse(null),
                b.getAssignedBy() == null ? null : directory.nameOf(b.getAssignedBy()), b.getAssignedAt(),
                b.getDepartedAt(), b.getDepartureMileage(), b.getReturnedAt(), b.getReturnMileage(), b.getDistance(),
                b.getFuelLitres(), b.getFuelCost(), b.getTripNote(), b.getCreatedAt());
    }

    private Optional<Driver> driverOf(Booking booking) {
        return booking.getDriverId() == null ? Optional.empty() : drivers.findById(booking.getDriverId());
    }

    private boolean isDriver(Booking booking, CurrentUser user) {
        return driverOf(booking).map(d -> d.getUsername().equals(user.username())).orElse(false);
    }

    private void requireDriverOrManager(Booking booking, CurrentUser user) {
        if (!isDriver(booking, user)) {
            access.requireManager(user, booking.getUnitId());
        }
    }

    private void changed(Booking booking) {
        events.publishEvent(new IndexEntryChanged(VehicleIndex.KIND, booking.getId()));
    }
}
