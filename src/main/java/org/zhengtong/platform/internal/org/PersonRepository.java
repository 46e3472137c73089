package org.zhengtong.platform.internal.org;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByUnitIdOrderBySortOrderAscIdAsc(Long unitId);

    List<Person> findByDepartmentIdOrderBySortOrderAscIdAsc(Long departmentId);

    boolean existsByUnitIdAndEnabledTrue(Long unitId);

    boolean existsByDepartmentIdAndEnabledTrue(Long departmentId);

    long countByUnitId(Long unitId);

    @Query("""
            select p from Person p join p.unit u
            where p.enabled = true and u.enabled = true
            order by u.sortOrder, u.id, p.sortOrder, p.id""")
    List<Person> enabledInEnabledUnits();

    /** {@code namePattern} is a LIKE pattern; a backslash escapes % and _. Unit and department come loaded. */
    @Query(value = """
            select p from Person p join fetch p.unit u left join fetch p.department
            where (:unitId is null or u.id = :unitId)
              and (:namePattern is null or p.name like :namePattern escape '\\')
            order by u.sortOrder, u.id, p.sortOrder, p.id""",
            countQuery = """
            select count(p) from Person p
            where (:unitId is null or p.unit.id = :unitId)
              and (:namePattern is null or p.name like :namePattern escape '\\')""")
    Page<Person> search(Long unitId, String namePattern, Pageable page);
}
