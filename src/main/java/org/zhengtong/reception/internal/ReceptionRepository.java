package org.zhengtong.reception.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReceptionRepository extends JpaRepository<Reception, Long>, JpaSpecificationExecutor<Reception> {

    List<Reception> findByIdIn(Collection<Long> ids);
}
