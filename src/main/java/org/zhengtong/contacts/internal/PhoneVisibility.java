package org.zhengtong.contacts.internal;

/** Whose phone numbers the directory shows a reader ({@code zhengtong.contacts.phone-visibility}). */
public enum PhoneVisibility {
    /** Everyone's, to everyone. */
    ALL,
    /** Only those of the reader's own unit. */
    SAME_UNIT,
    /** Nobody's. */
    NONE;

    boolean shows(Long readerUnitId, long personUnitId) {
        return switch (this) {
            case ALL -> true;
            case SAME_UNIT -> readerUnitId != null && readerUnitId == personUnitId;
            case NONE -> false;
        };
    }
}
