package org.zhengtong.platform.internal.org;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByUnitIdOrderBySortOrderAscIdAsc(Long unitId);

    List<Person> findByDepartmentIdOrderBySortOrderAscIdAsc(Long departmentId);

    boolean existsByUnitIdAndEnabledTrue(Long unitId);

    boolean existsByDepartmentIdAndEnabledTrue(Long departmentId);

    long countByUnitId(Long unitId);
}
