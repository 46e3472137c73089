package org.zhengtong.vehicle.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;

/**
 * 车辆基本信息 and drivers of the current user's unit: everyone of the unit reads the cars, its fleet managers keep
 * cars and drivers. A car or driver of another unit is refused (403) whatever id a request names.
 */
@Service
@Transactional
public class FleetService {

    /**
     * A Chinese plate: the province, the issuing office's letter (not I or O), then five characters (the last may be
     * 挂 学 警 港 澳), or six for a new-energy car (D or F first or last).
     */
    static final Pattern PLATE = Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
            + "[A-HJ-NP-Z]([A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])");

    private final CarRepository cars;
    private final DriverRepository drivers;
    private final VehicleAccess access;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    FleetService(CarRepository cars, DriverRepository drivers, VehicleAccess access, CurrentUsers currentUsers,
                 OrgDirectory directory, AuditLog audit, Clock clock) {
        this.cars = cars;
        this.drivers = drivers;
        this.access = access;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cars of the user's unit, by plate. */
    @Transactional(readOnly = true)
    public List<CarView> cars() {
        Long unitId = currentUsers.current().unitId();
        return unitId == null ? List.of() : cars.findByUnitIdOrderByPlate(unitId).stream().map(CarView::of).toList();
    }

    @Transactional(readOnly = true)
    public CarView car(long id) {
        return CarView.of(visibleCar(id));
    }

    public long addCar(CarForm form) {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        String plate = normalizedPlate(form.plate());
        if (cars.findByPlate(plate).isPresent()) {
            throw new BusinessRuleException("vehicle.error.plateTaken", plate);
        }
        Car car = new Car(user.unitId(), clock.instant());
        describe(car, form, plate);
        cars.saveAndFlush(car);
        audit.success("VEHICLE_CAR_ADD", "vehicleCar", car.getId(), plate);
        return car.getId();
    }

    public void updateCar(long id, CarForm form) {
        CurrentUser user = currentUsers.current();
        Car car = visibleCar(id);
        access.requireManager(user, car.getUnitId());
        String plate = normalizedPlate(form.plate());
        if (cars.findByPlate(plate).filter(other -> !other.getId().equals(car.getId())).isPresent()) {
            throw new BusinessRuleException("vehicle.error.plateTaken", plate);
        }
        if (form.mileage() != null && form.mileage() < car.getMileage()) {
            throw new BusinessRuleException("vehicle.error.mileageBelowRecorded", String.valueOf(car.getMileage()));
        }
        describe(car, form, plate);
        audit.success("VEHICLE_CAR_UPDATE", "vehicleCar", id, plate);
    }

    /** The drivers of the user's unit, for its fleet managers. */
    @Transactional(readOnly = true)
    public List<DriverView> drivers() {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        return drivers.findByUnitIdOrderById(user.unitId()).stream().map(this::view).toList();
    }

    public long addDriver(DriverForm form) {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        String username = form.username().strip();
        if (directory.person(username).filter(p -> p.unitId() == user.unitId()).isEmpty()) {
            throw new BusinessRuleException("vehicle.error.driverNotColleague");
        }
        if (drivers.findByUsername(username).isPresent()) {
            throw new BusinessRuleException("vehicle.error.driverExists", directory.nameOf(username));
        }
        Driver driver = new Driver(user.unitId(), username, clock.instant());
        driver.describe(form.licenceClass(), form.phone().strip(), form.activeOrDefault());
        drivers.saveAndFlush(driver);
        audit.success("VEHICLE_DRIVER_ADD", "vehicleDriver", driver.getId(), username);
        return driver.getId();
    }

    public void updateDriver(long id, DriverForm form) {
        CurrentUser user = currentUsers.current();
        Driver driver = drivers.findById(id).orElseThrow(() -> new NotFoundException("vehicleDriver", id));
        access.requireManager(user, driver.getUnitId());
        if (form.username() != null && !form.username().strip().equals(driver.getUsername())) {
            throw new BusinessRuleException("vehicle.error.driverPersonFixed");
        }
        driver.describe(form.licenceClass(), form.phone().strip(), form.activeOrDefault());
        audit.success("VEHICLE_DRIVER_UPDATE", "vehicleDriver", id, driver.getUsername());
    }

    @Transactional(readOnly = true)
    public DriverView driver(long id) {
        CurrentUser user = currentUsers.current();
        Driver driver = drivers.findById(id).orElseThrow(() -> new NotFoundException("vehicleDriver", id));
        access.requireManager(user, driver.getUnitId());
        return view(driver);
    }

    /** The people of the manager's unit, for choosing a driver. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.PersonRef> colleagues() {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        return directory.people(user.unitId());
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return access.mayManage(currentUsers.current());
    }

    DriverView view(Driver d) {
        return new DriverView(d.getId(), d.getUsername(), directory.nameOf(d.getUsername()), d.getLicenceClass(),
                d.getPhone(), d.isActive());
    }

    /** A car of the user's own unit; 404 when there is none, 403 when it is another unit's. */
    Car visibleCar(long id) {
        Car car = cars.findById(id).orElseThrow(() -> new NotFoundException("vehicleCar", id));
        access.requireMember(currentUsers.current(), car.getUnitId());
        return car;
    }

    /** The plate without the separating dot or spaces, in capitals; refused unless it is a Chinese plate. */
    static String normalizedPlate(String plate) {
        String normalized = plate == null ? "" : plate.replaceAll("[\\s·•.\\-]", "").toUpperCase(Locale.ROOT);
        if (!PLATE.matcher(normalized).matches()) {
            throw new BusinessRuleException("vehicle.error.plate", plate == null ? "" : plate);
        }
        return normalized;
    }

    private static void describe(Car car, CarForm form, String plate) {
        car.describe(plate, form.type(), blankToNull(form.model()), form.seats(), form.status(), form.mileage(),
                form.maintenanceDue(), form.insuranceDue(), form.inspectionDue());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
