package org.zhengtong.vehicle.internal;

/** A driver as the pages and the API show him: by name. */
public record DriverView(long id, String username, String name, LicenceClass licenceClass, String phone,
                         boolean active) {
}
