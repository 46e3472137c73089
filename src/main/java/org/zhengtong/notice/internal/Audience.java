package org.zhengtong.notice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.zhengtong.platform.CurrentUser;

/**
 * One part of a column's audience, by reference: a unit or a department by id, a position by its code (in the
 * column's unit), or nothing for the whole city.
 */
@Embeddable
public record Audience(@Enumerated(EnumType.STRING) AudienceKind kind, Long refId,
                       @Column(name = "position_code") @Size(max = 40) String position) {

    static Audience city() {
        return new Audience(AudienceKind.CITY, null, null);
    }

    static Audience unit(long unitId) {
        return new Audience(AudienceKind.UNIT, unitId, null);
    }

    static Audience department(long departmentId) {
        return new Audience(AudienceKind.DEPARTMENT, departmentId, null);
    }

    static Audience position(String code) {
        return new Audience(AudienceKind.POSITION, null, code);
    }

    /** Whether the person (of this post, null for none) belongs to this audience of a column of {@code unitId}. */
    boolean includes(CurrentUser user, String userPosition, long columnUnitId) {
        return switch (kind) {
            case CITY -> user.unitId() != null;
            case UNIT -> refId.equals(user.unitId());
            case DEPARTMENT -> refId.equals(user.departmentId());
            case POSITION -> position.equals(userPosition) && Long.valueOf(columnUnitId).equals(user.unitId());
        };
    }
}
