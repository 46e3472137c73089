package org.zhengtong.contacts.internal;

/**
 * A person as the public directory shows them. {@code officePhone} and {@code mobile} are null where the phone
 * visibility setting hides them from the reader ({@code phoneHidden}) or none is known.
 */
public record DirectoryEntry(long personId, String username, String name, long unitId, String unitName,
                             String departmentName, String position, String officePhone, String mobile,
                             boolean phoneHidden, String room, String email) {
}
