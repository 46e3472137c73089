package org.zhengtong.platform.internal.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PersonForm(
        @NotNull(message = "{validation.required}") Long unitId,
        Long departmentId,
        @NotBlank(message = "{validation.person.name}") @Size(max = 50, message = "{validation.size}") String name,
        @NotNull(message = "{validation.required}") Position position,
        @Pattern(regexp = "^$|[0-9+\\-() ]{5,30}", message = "{validation.phone}") String phone,
        @Email(message = "{validation.email}") @Size(max = 100, message = "{validation.size}") String email,
        int sortOrder,
        @Pattern(regexp = "^$|[0-9+\\-() ]{5,30}", message = "{validation.phone}") String mobile,
        @Size(max = 50, message = "{validation.size}") String room) {

    /** A person without mobile or room (the organization workbook does not carry them). */
    public PersonForm(Long unitId, Long departmentId, String name, Position position, String phone, String email,
                      int sortOrder) {
        this(unitId, departmentId, name, position, phone, email, sortOrder, null, null);
    }

    /** The same person with this mobile and room. */
    public PersonForm withMobileAndRoom(String mobile, String room) {
        return new PersonForm(unitId, departmentId, name, position, phone, email, sortOrder, mobile, room);
    }

    /** What a person creation request claims its idempotency key for. */
    public static final String REQUEST_KIND = "org.person";
}
