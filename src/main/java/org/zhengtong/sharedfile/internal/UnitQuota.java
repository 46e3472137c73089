package org.zhengtong.sharedfile.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's own quota, set by its manager in place of {@code zhengtong.sharedfile.quota}. */
@Entity
@Table(name = "sf_quota")
class UnitQuota {

    @Id
    private Long unitId;

    private long maxBytes;

    @Version
    private long version;

    protected UnitQuota() {
    }

    UnitQuota(long unitId, long maxBytes) {
        this.unitId = unitId;
        this.maxBytes = maxBytes;
    }

    long getMaxBytes() {
        return maxBytes;
    }

    void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }
}
