package org.zhengtong.forum.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ForumBoardRepository extends JpaRepository<ForumBoard, Long> {

    List<ForumBoard> findAllByOrderByIdAsc();

    boolean existsByName(String name);
}

interface ForumThreadRepository extends JpaRepository<ForumThread, Long> {

    /** 置顶 first, then the latest reply. */
    @Query("select t from ForumThread t where t.boardId = ?1 order by t.sticky desc, t.lastReplyAt desc, t.id desc")
    Page<ForumThread> listed(long boardId, Pageable pageable);

    /** The thread, its row locked until the transaction ends: replies, 锁定 and 置顶 of one thread take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ForumThread t where t.id = ?1")
    Optional<ForumThread> locked(long id);

    /** One more view; the persistence context is cleared, so the thread read next shows it. */
    @Modifying(clearAutomatically = true)
    @Query("update ForumThread t set t.viewCount = t.viewCount + 1 where t.id = ?1")
    void viewed(long id);

    long countByBoardId(long boardId);

    @Query("select t.id from ForumThread t where t.boardId = ?1")
    List<Long> idsOf(long boardId);
}

interface ForumPostRepository extends JpaRepository<ForumPost, Long> {

    Page<ForumPost> findByThreadIdOrderByIdAsc(long threadId, Pageable pageable);

    List<ForumPost> findByThreadIdAndHiddenFalseOrderByIdAsc(long threadId);

    Optional<ForumPost> findByThreadIdAndOpeningTrue(long threadId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ForumPost p where p.id = ?1")
    Optional<ForumPost> locked(long id);
}

interface ForumFileRepository extends JpaRepository<ForumFile, Long> {

    List<ForumFile> findByPostIdInOrderById(Collection<Long> postIds);
}

interface ForumReportRepository extends JpaRepository<ForumReport, Long> {

    List<ForumReport> findByBoardIdInAndStatusOrderByCreatedAtAsc(Collection<Long> boardIds,
                                                                  ForumReport.Status status);

    List<ForumReport> findByPostIdAndStatus(long postId, ForumReport.Status status);
}

interface ForumLogRepository extends JpaRepository<ForumLogEntry, Long> {

    Page<ForumLogEntry> findByBoardIdOrderByLoggedAtDescIdDesc(long boardId, Pageable pageable);
}
