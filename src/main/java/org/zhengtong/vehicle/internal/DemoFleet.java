package org.zhengtong.vehicle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;

/**
 * The demo city's fleet: 市财政局 (whose office director, the unit administrator {@code czj.office}, is its fleet
 * manager) has three cars — one whose insurance falls due within the reminder days — and two drivers, the office's
 * clerk {@code czj.clerk} and {@code czj.d3.clerk2} of 资产管理科. Runs after the demo city is loaded and before
 * the application turns ready; only with {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(40)
class DemoFleet implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFleet.class);
    static final String UNIT = "czj";
    static final List<String> DRIVERS = List.of("czj.clerk", "czj.d3.clerk2");

    private final CarRepository cars;
    private final DriverRepository drivers;
    private final OrgDirectory directory;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoFleet(CarRepository cars, DriverRepository drivers, OrgDirectory directory, Clock clock,
              PlatformProperties properties) {
        this.cars = cars;
        this.drivers = drivers;
        this.directory = directory;
        this.clock = clock;
        this.platform = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args)) {
            return;
        }
        directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst().ifPresent(unit -> {
            if (!cars.findByUnitIdOrderByPlate(unit.id()).isEmpty()) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            car(unit.id(), "湘LA1234", CarType.SEDAN, "大众帕萨特", 5, 48_210, today.plusMonths(2),
                    today.plusDays(12), today.plusMonths(7));
            car(unit.id(), "湘LA5678", CarType.MPV, "别克GL8", 7, 86_530, today.plusMonths(1),
                    today.plusMonths(5), today.plusMonths(3));
            car(unit.id(), "湘LB2345", CarType.MINIBUS, "丰田考斯特", 19, 132_900, today.plusMonths(3),
                    today.plusMonths(9), today.plusMonths(10));
            for (String username : DRIVERS) {
                directory.person(username).filter(p -> p.unitId() == unit.id())
                        .filter(p -> drivers.findByUsername(username).isEmpty()).ifPresent(p -> {
                            Driver driver = new Driver(unit.id(), username, clock.instant());
                            driver.describe(LicenceClass.B1, p.mobile() == null ? "0735-2210000" : p.mobile(), true);
                            drivers.save(driver);
                        });
            }
            log.info("demo city: 3 cars and {} drivers for {}", DRIVERS.size(), unit.name());
        });
    }

    private void car(long unitId, String plate, CarType type, String model, int seats, int mileage,
                     LocalDate maintenance, LocalDate insurance, LocalDate inspection) {
        Car car = new Car(unitId, clock.instant());
        car.describe(plate, type, model, seats, CarStatus.AVAILABLE, mileage, maintenance, insurance, inspection);
        cars.save(car);
    }
}
