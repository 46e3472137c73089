package org.zhengtong.vehicle.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CarRepository extends JpaRepository<Car, Long> {

    /** The car's row locked until the transaction ends: assignments and trips of one car go one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Car c where c.id = :id")
    Optional<Car> lockById(@Param("id") Long id);

    List<Car> findByUnitIdOrderByPlate(long unitId);

    Optional<Car> findByPlate(String plate);

    /** Cars with a due date on or before the day, not out of service: the reminder sweep's candidates. */
    @Query("select c from Car c where c.status <> org.zhengtong.vehicle.internal.CarStatus.DISABLED and "
            + "(c.maintenanceDue <= :day or c.insuranceDue <= :day or c.inspectionDue <= :day) order by c.id")
    List<Car> dueBy(@Param("day") java.time.LocalDate day);
}

interface DriverRepository extends JpaRepository<Driver, Long> {

    /** The driver's row locked until the transaction ends, after the car's (always in this order). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Driver d where d.id = :id")
    Optional<Driver> lockById(@Param("id") Long id);

    List<Driver> findByUnitIdOrderById(long unitId);

    Optional<Driver> findByUsername(String username);
}

interface VehicleBookingRepository extends JpaRepository<Booking, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Booking> {

    @Query("select count(b) from Booking b where b.carId = :carId and b.status in :statuses "
            + "and b.startsAt < :endsAt and b.endsAt > :startsAt and b.id <> :except")
    long carOverlaps(@Param("carId") long carId, @Param("startsAt") Instant startsAt, @Param("endsAt") Instant endsAt,
                     @Param("statuses") Collection<BookingStatus> statuses, @Param("except") long except);

    @Query("select count(b) from Booking b where b.driverId = :driverId and b.status in :statuses "
            + "and b.startsAt < :endsAt and b.endsAt > :startsAt and b.id <> :except")
    long driverOverlaps(@Param("driverId") long driverId, @Param("startsAt") Instant startsAt,
                        @Param("endsAt") Instant endsAt, @Param("statuses") Collection<BookingStatus> statuses,
                        @Param("except") long except);

    /** A trip of the car under way (出车, not yet back). */
    boolean existsByCarIdAndStatus(long carId, BookingStatus status);

    List<Booking> findByBookedByOrderByStartsAtDesc(String bookedBy);

    List<Booking> findByUnitIdAndStatusOrderByStartsAt(long unitId, BookingStatus status);

    List<Booking> findByDriverIdInAndStatusInOrderByStartsAt(Collection<Long> driverIds,
                                                             Collection<BookingStatus> statuses);

    List<Booking> findByIdIn(Collection<Long> ids);

    /** Returned trips of a unit that left within the period: the statistics. */
    List<Booking> findByUnitIdAndStatusAndDepartedAtGreaterThanEqualAndDepartedAtLessThanOrderByDepartedAt(
            long unitId, BookingStatus status, Instant from, Instant to);
}
