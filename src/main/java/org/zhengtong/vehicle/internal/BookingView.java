package org.zhengtong.vehicle.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A booking as the pages and the API show it: people by name, the car by plate. */
public record BookingView(long id, String number, String bookedBy, String bookedByName, String departmentName,
                          TripScope scope, Instant startsAt, Instant endsAt, String destination, int passengers,
                          String reason, BookingStatus status, String processInstanceId, String decisionNote,
                          Long carId, String carPlate, Long driverId, String driverName, String driverPhone,
                          String assignedByName, Instant assignedAt, Instant departedAt, Integer departureMileage,
                          Instant returnedAt, Integer returnMileage, Integer distance, BigDecimal fuelLitres,
                          BigDecimal fuelCost, String tripNote, Instant createdAt) {

    public String businessKey() {
        return Booking.KEY_PREFIX + id;
    }
}
