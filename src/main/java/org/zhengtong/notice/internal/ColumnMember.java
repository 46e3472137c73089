package org.zhengtong.notice.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/** A publisher (发布人) or reviewer (审核人) of a column, by username. */
@Embeddable
public record ColumnMember(@Enumerated(EnumType.STRING) MemberRole memberRole, @Size(max = 40) String username) {

    public enum MemberRole {
        PUBLISHER, REVIEWER
    }
}
