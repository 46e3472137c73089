package org.zhengtong.platform.internal.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountApplicationRepository extends JpaRepository<AccountApplication, Long> {

    List<AccountApplication> findAllByOrderByStatusAscSubmittedAtDesc();

    List<AccountApplication> findByUnitIdOrderBySubmittedAtDesc(Long unitId);
}
