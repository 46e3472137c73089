package org.zhengtong.seal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SealRepository extends JpaRepository<Seal, Long> {

    List<Seal> findByUnitIdOrderById(long unitId);

    List<Seal> findAllByOrderByUnitIdAscIdAsc();

    List<Seal> findByPdfSubject(String pdfSubject);

    List<Seal> findBySm2Subject(String sm2Subject);

    Optional<Seal> findFirstByOrderByIdAsc();
}

interface SealAuthorityRepository extends JpaRepository<SealAuthority, Long> {
}
