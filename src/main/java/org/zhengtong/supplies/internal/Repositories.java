package org.zhengtong.supplies.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupplyItemRepository extends JpaRepository<SupplyItem, Long> {

    List<SupplyItem> findByUnitIdOrderByCategoryAscCodeAsc(long unitId);

    boolean existsByUnitIdAndCode(long unitId, String code);

    boolean existsByUnitIdAndCodeAndIdNot(long unitId, String code, long id);
}

interface SupplyStoreRepository extends JpaRepository<SupplyStore, Long> {

    List<SupplyStore> findByUnitIdOrderByName(long unitId);

    boolean existsByUnitIdAndName(long unitId, String name);
}

interface StockRepository extends JpaRepository<Stock, Long> {

    Optional<Stock> findByStoreIdAndItemId(long storeId, long itemId);

    List<Stock> findByStoreIdInOrderByItemId(Collection<Long> storeIds);

    /** 入库: adds to the stock row (which exists, see {@code SuppliesService#receive}). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Stock s set s.quantity = s.quantity + :quantity, s.version = s.version + 1 "
            + "where s.storeId = :storeId and s.itemId = :itemId")
    int add(@Param("storeId") long storeId, @Param("itemId") long itemId, @Param("quantity") int quantity);

    /**
     * 发放: subtracts only while the stock holds enough, in one statement; 0 rows means not enough. The database
     * applies concurrent ones one after the other, so two issues never overdraw the stock.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Stock s set s.quantity = s.quantity - :quantity, s.version = s.version + 1 "
            + "where s.storeId = :storeId and s.itemId = :itemId and s.quantity >= :quantity")
    int take(@Param("storeId") long storeId, @Param("itemId") long itemId, @Param("quantity") int quantity);
}

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    List<Receipt> findTop50ByUnitIdOrderByReceivedOnDescIdDesc(long unitId);
}

interface SupplyRequestRepository extends JpaRepository<SupplyRequest, Long> {

    List<SupplyRequest> findByRequestedByOrderByCreatedAtDesc(String requestedBy);

    Page<SupplyRequest> findByUnitIdAndStoreIdInOrderByCreatedAtDescIdDesc(long unitId, Collection<Long> storeIds,
                                                                          Pageable page);

    List<SupplyRequest> findByIdIn(Collection<Long> ids);

    /** Issued requests of a unit in a period: the month's use. */
    List<SupplyRequest> findByUnitIdAndStatusAndIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIssuedAt(
            long unitId, RequestStatus status, Instant from, Instant to);
}
