package org.zhengtong.asset.internal;

import jakarta.persistence.LockModeType;
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

interface AssetCategoryRepository extends JpaRepository<AssetCategory, String> {

    List<AssetCategory> findAllByOrderByCode();
}

interface AssetRepository extends JpaRepository<Asset, Long> {

    /** The card's row locked until the transaction ends: changes of one asset go one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.id = :id")
    Optional<Asset> lockById(@Param("id") Long id);

    Optional<Asset> findByNumber(String number);

    boolean existsBySerialNumber(String serialNumber);

    boolean existsByInvoiceNumberAndInvoiceLine(String invoiceNumber, Integer invoiceLine);

    boolean existsByUnitIdAndNameAndModelAndAcquiredOn(long unitId, String name, String model, LocalDate acquiredOn);

    boolean existsByUnitIdAndNameAndModelIsNullAndAcquiredOn(long unitId, String name, LocalDate acquiredOn);

    @Query("select a from Asset a where a.unitId = :unitId and (:status is null or a.status = :status) "
            + "and (:text is null or lower(a.name) like :text escape '\\' or lower(a.number) like :text escape '\\' "
            + "or lower(a.model) like :text escape '\\' or lower(a.serialNumber) like :text escape '\\') "
            + "order by a.number")
    Page<Asset> search(@Param("unitId") long unitId, @Param("status") AssetStatus status, @Param("text") String text,
                       Pageable page);

    List<Asset> findByUnitIdOrderByNumber(long unitId);

    @Query("select distinct a.unitId from Asset a where a.status <> org.zhengtong.asset.internal.AssetStatus.VOID")
    List<Long> unitsWithCards();
}

interface AssetChangeRepository extends JpaRepository<AssetChange, Long> {

    List<AssetChange> findByAssetIdOrderByCreatedAtDesc(long assetId);

    List<AssetChange> findByIdIn(Collection<Long> ids);

    /** A unit's decided changes since a day: the city's view of what changed. */
    @Query("select c from AssetChange c where (:unitId is null or c.unitId = :unitId) and c.createdAt >= :since "
            + "order by c.createdAt desc")
    List<AssetChange> since(@Param("unitId") Long unitId, @Param("since") java.time.Instant since, Pageable page);
}

interface AssetLimitRepository extends JpaRepository<AssetLimit, ChangeKind> {
}

interface StockTakeRepository extends JpaRepository<StockTake, Long> {

    List<StockTake> findByUnitIdOrderByCreatedAtDesc(long unitId);
}

interface StockTakeScanRepository extends JpaRepository<StockTakeScan, Long> {

    List<StockTakeScan> findByStocktakeIdOrderByScannedAt(long stocktakeId);

    boolean existsByStocktakeIdAndScannedNumber(long stocktakeId, String scannedNumber);
}
