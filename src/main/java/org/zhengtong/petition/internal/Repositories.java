package org.zhengtong.petition.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

interface PetitionRepository extends JpaRepository<Petition, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Petition p where p.id = :id")
    Optional<Petition> lock(@Param("id") long id);

    List<Petition> findByIdNumberOrderByReceivedOnAscIdAsc(String idNumber);

    boolean existsByUnitId(long unitId);

    /** The unit's recent cases, for similar texts (the newest first). */
    List<Petition> findByUnitIdAndReceivedOnGreaterThanEqualOrderByIdDesc(long unitId, LocalDate since,
                                                                          Pageable page);

    List<Petition> findByParentIdOrderByIdAsc(long parentId);

    @Query("""
            select p from Petition p where p.unitId = :unitId
              and (:status is null or p.status = :status)
              and (:matter is null or p.matterCode = :matter)
              and (:pattern is null or p.summary like :pattern escape '\\' or p.number like :pattern escape '\\')
            order by p.id desc""")
    Page<Petition> search(@Param("unitId") long unitId, @Param("status") PetitionStatus status,
                          @Param("matter") String matter, @Param("pattern") String pattern, Pageable page);

    /** The cases handed to a person (办理人) or where the person is the leader. */
    @Query("""
            select p from Petition p where p.leader = :username
               or p.id in (select a.caseId from Assignment a where a.handler = :username)
            order by p.id desc""")
    Page<Petition> handledBy(@Param("username") String username, Pageable page);

    List<Petition> findByUnitIdAndReceivedOnBetween(long unitId, LocalDate from, LocalDate to);

    List<Petition> findByStatusInAndProcessInstanceIdNotNull(Collection<PetitionStatus> statuses);

    List<Petition> findByStatusInAndIdGreaterThanOrderByIdAsc(Collection<PetitionStatus> statuses, long afterId,
                                                               Pageable page);
}

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByCaseIdOrderByIdAsc(long caseId);

    List<Assignment> findByCaseIdIn(Collection<Long> caseIds);

    Optional<Assignment> findFirstByCaseIdAndHandlerAndReportedAtIsNull(long caseId, String handler);
}

interface PetitionFileRepository extends JpaRepository<PetitionFile, Long> {

    List<PetitionFile> findByCaseIdOrderByIdAsc(long caseId);
}

interface MatterRepository extends JpaRepository<Matter, String> {

    List<Matter> findAllByOrderBySortOrderAscCodeAsc();
}
