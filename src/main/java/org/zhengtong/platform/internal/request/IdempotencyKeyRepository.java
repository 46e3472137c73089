package org.zhengtong.platform.internal.request;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface IdempotencyKeyRepository extends JpaRepository<IdempotencyKey, Long> {

    Optional<IdempotencyKey> findByAccountIdAndKey(long accountId, String key);

    /** Returns how many keys were deleted. */
    @Transactional
    @Modifying
    @Query("delete from IdempotencyKey k where k.createdAt < :before")
    int deleteClaimedBefore(Instant before);
}
