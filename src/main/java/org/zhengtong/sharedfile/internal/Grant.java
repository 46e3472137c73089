package org.zhengtong.sharedfile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/**
 * A permission on a folder (and its sub-folders): who — a unit, a department (by id), a position of the folder's unit
 * (by code) or a person (by username) — may do what.
 */
@Embeddable
public record Grant(@Enumerated(EnumType.STRING) Access access, @Enumerated(EnumType.STRING) Kind kind,
                    @Column(name = "grantee") @Size(max = 40) String grantee) {

    public enum Kind {
        UNIT, DEPARTMENT, POSITION, PERSON
    }
}
