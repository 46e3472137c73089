package org.zhengtong.seal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SealRepository extends JpaRepository<Seal, Long> {

    List<Seal> findByUnitIdOrderById(long unitId);

    List<Seal> findAllByOrderByUnitIdAscIdAsc();
}

interface SealAuthorityRepository extends JpaRepository<SealAuthority, Long> {
}
