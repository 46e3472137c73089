package org.zhengtong.platform.internal.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findAllByOrderBySortOrderAscIdAsc();

    List<Unit> findByParentIdOrderBySortOrderAscIdAsc(Long parentId);

    Optional<Unit> findByName(String name);

    Optional<Unit> findByCode(String code);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByParentId(Long parentId);
}
