package org.zhengtong.notice.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeColumnRepository extends JpaRepository<NoticeColumn, Long> {

    List<NoticeColumn> findByUnitIdOrderBySortOrderAscIdAsc(long unitId);

    List<NoticeColumn> findAllByOrderByUnitIdAscSortOrderAscIdAsc();

    boolean existsByUnitIdAndName(long unitId, String name);
}

interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByColumnIdInAndStatusOrderByPublishedAtDesc(Collection<Long> columnIds, NoticeStatus status);

    List<Notice> findByColumnIdOrderByCreatedAtDesc(long columnId);

    boolean existsByColumnId(long columnId);
}

interface NoticeFileRepository extends JpaRepository<NoticeFile, Long> {

    List<NoticeFile> findByNoticeIdOrderById(long noticeId);
}

interface NoticeReceiptRepository extends JpaRepository<NoticeReceipt, NoticeReceipt.Key> {

    List<NoticeReceipt> findByKeyNoticeIdOrderByReadAt(long noticeId);

    long countByKeyNoticeId(long noticeId);

    @Query("select r.key.noticeId from NoticeReceipt r where r.key.username = ?1 and r.key.noticeId in ?2")
    List<Long> readBy(String username, Collection<Long> noticeIds);
}
