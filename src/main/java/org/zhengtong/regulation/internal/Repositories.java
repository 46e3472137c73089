package org.zhengtong.regulation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegulationRepository extends JpaRepository<Regulation, Long> {

    /**
     * What the reader may see (her unit's, and everything 全市) filtered by kind, status (derived as
     * {@link Regulation#status} derives it, from the links and {@code today}), issuing body, a period of issue
     * (never null: PostgreSQL cannot type a null date parameter) and text
     * ({@code pattern}s are LIKE patterns of {@code LikePatterns}); latest first. 密级 is checked by the caller's
     * {@code clearances}: the classifications the reader may read.
     */
    @Query(value = """
            select r from Regulation r
            where (r.unitId = :unitId or r.scope = org.zhengtong.regulation.internal.Scope.CITY)
              and r.classification in :readable
              and (:kind is null or r.kind = :kind)
              and (:status is null
                   or (:status = 'REPEALED' and (r.repealedById is not null or r.repealedOn <= :today))
                   or (:status <> 'REPEALED' and r.repealedById is null and (r.repealedOn is null or r.repealedOn > :today)
                       and ((:status = 'REVISED' and r.revisedById is not null)
                            or (:status = 'IN_FORCE' and r.revisedById is null))))
              and (:issuer is null or r.issuer like :issuer escape '\\')
              and r.issuedOn >= :issuedFrom and r.issuedOn < :issuedBefore
              and (:text is null or r.title like :text escape '\\' or r.docNumber like :text escape '\\'
                   or r.body like :text escape '\\')
            order by r.issuedOn desc, r.id desc""")
    Page<Regulation> search(Long unitId, java.util.Collection<org.zhengtong.platform.Classification> readable,
                            RegulationKind kind, String status, LocalDate today, String issuer, LocalDate issuedFrom,
                            LocalDate issuedBefore, String text, Pageable page);

    List<Regulation> findByRevisesId(long id);

    List<Regulation> findByRepealedById(long id);
}

interface RegulationFileRepository extends JpaRepository<RegulationFile, Long> {

    List<RegulationFile> findByRegulationIdOrderById(long regulationId);
}

interface CommonInfoRepository extends JpaRepository<CommonInfo, Long> {

    @Query("""
            select i from CommonInfo i
            where (i.unitId = :unitId or i.scope = org.zhengtong.regulation.internal.Scope.CITY)
              and (:category is null or i.category = :category)
            order by i.category, i.title, i.id""")
    List<CommonInfo> readable(Long unitId, InfoCategory category);
}

interface SoftwareRepository extends JpaRepository<Software, Long> {

    @Query("""
            select s from Software s
            where s.unitId = :unitId or s.scope = org.zhengtong.regulation.internal.Scope.CITY
            order by s.name, s.id""")
    List<Software> readable(Long unitId);
}

interface SoftwareVersionRepository extends JpaRepository<SoftwareVersion, Long> {

    List<SoftwareVersion> findBySoftwareIdOrderByUploadedAtDescIdDesc(long softwareId);

    boolean existsBySoftwareIdAndLabel(long softwareId, String label);

}
