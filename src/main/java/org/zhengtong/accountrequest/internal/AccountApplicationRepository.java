package org.zhengtong.accountrequest.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountApplicationRepository extends JpaRepository<AccountApplication, Long> {

    List<AccountApplication> findAllByOrderByStatusAscSubmittedAtDesc();

    List<AccountApplication> findByUnitIdOrderBySubmittedAtDesc(Long unitId);

    List<AccountApplication> findByIdIn(Collection<Long> ids);
}
