package org.zhengtong.platform.internal.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByUnitIdOrderBySortOrderAscIdAsc(Long unitId);

    Optional<Department> findByUnitIdAndName(Long unitId, String name);

    boolean existsByUnitIdAndNameAndIdNot(Long unitId, String name, Long id);

    boolean existsByUnitId(Long unitId);
}
