package org.zhengtong.vehicle.internal;

import java.time.LocalDate;

/** A car as the pages and the API show it. */
public record CarView(long id, String plate, CarType type, String model, int seats, CarStatus status, int mileage,
                      LocalDate maintenanceDue, LocalDate insuranceDue, LocalDate inspectionDue) {

    static CarView of(Car c) {
        return new CarView(c.getId(), c.getPlate(), c.getType(), c.getModel(), c.getSeats(), c.getStatus(),
                c.getMileage(), c.getMaintenanceDue(), c.getInsuranceDue(), c.getInspectionDue());
    }

    public String label() {
        return model == null ? plate : plate + " " + model;
    }
}
