package org.zhengtong.archive.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;

interface ArchiveItemRepository extends JpaRepository<ArchiveItem, Long>, JpaSpecificationExecutor<ArchiveItem> {

    Optional<ArchiveItem> findBySourceKindAndSourceId(String sourceKind, Long sourceId);

    List<ArchiveItem> findByIdIn(Collection<Long> ids);

    List<ArchiveItem> findByUnitIdAndArchiveYearAndRetentionAndOrgCodeOrderByItemNumberAsc(Long unitId, int year,
                                                                                          Retention retention,
                                                                                          String orgCode);

    @Query("select distinct i.archiveYear from ArchiveItem i where i.unitId = :unitId order by i.archiveYear desc")
    List<Integer> yearsOf(Long unitId);

    @Query("select distinct i.orgCode, i.orgName from ArchiveItem i where i.unitId = :unitId order by i.orgCode")
    List<Object[]> orgsOf(Long unitId);
}

interface ArchiveOfferRepository extends JpaRepository<ArchiveOffer, Long> {

    boolean existsBySourceKindAndSourceId(String sourceKind, Long sourceId);

    List<ArchiveOffer> findBySourceKindAndSourceIdIn(String sourceKind, Collection<Long> sourceIds);

    /** A unit's offers of these 密级 that no item has been archived from, newest first. */
    @Query("""
            select o from ArchiveOffer o where o.unitId = :unitId and o.classification in :classifications
              and not exists (select i.id from ArchiveItem i where i.sourceKind = o.sourceKind and i.sourceId = o.sourceId)
            order by o.finishedAt desc, o.id desc""")
    List<ArchiveOffer> candidates(Long unitId, Collection<Classification> classifications, Pageable page);
}

interface ArchiveFileRepository extends JpaRepository<ArchiveFile, Long> {

    List<ArchiveFile> findByItemIdOrderByIdAsc(Long itemId);
}

interface ArchiveHistoryRepository extends JpaRepository<ArchiveHistoryStep, Long> {

    List<ArchiveHistoryStep> findByItemIdOrderBySeqAsc(Long itemId);
}

interface FondsRepository extends JpaRepository<Fonds, Long> {

    Optional<Fonds> findByFondsCode(String fondsCode);
}

interface BorrowingRepository extends JpaRepository<Borrowing, Long> {

    List<Borrowing> findByIdIn(Collection<Long> ids);

    List<Borrowing> findByBorrowerOrderByAppliedAtDesc(String borrower);

    List<Borrowing> findByUnitIdAndStatusOrderByAppliedAtAsc(Long unitId, Borrowing.Status status);

    List<Borrowing> findByItemIdAndBorrowerAndStatusIn(Long itemId, String borrower, Collection<Borrowing.Status> statuses);

    List<Borrowing> findByStatusAndExpiresAtBefore(Borrowing.Status status, Instant now);
}

interface CorrectionRepository extends JpaRepository<Correction, Long> {

    List<Correction> findByItemIdOrderByCorrectedAtAsc(Long itemId);
}
