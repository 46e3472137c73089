package org.zhengtong.mail.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    /** The ids above {@code afterId}, ascending: a page of a search index rebuild. */
    @Query("select e.id from MailMessage e where e.id > ?1 order by e.id")
    List<Long> idsAfter(long afterId, Pageable page);

}

interface MailEntryRepository extends JpaRepository<MailEntry, Long> {

    /** One of the owner's boxes, newest first, with the messages: a page in one query (and its count). */
    @Query(value = "select e from MailEntry e join fetch e.message where e.owner = :owner and e.box = :box"
            + " order by e.sortedAt desc, e.id desc",
            countQuery = "select count(e) from MailEntry e where e.owner = :owner and e.box = :box")
    Page<MailEntry> inBox(String owner, Box box, Pageable pageable);

    @Query(value = "select e from MailEntry e join fetch e.message where e.owner = :owner and e.box = 'FOLDER'"
            + " and e.folderId = :folderId order by e.sortedAt desc, e.id desc",
            countQuery = "select count(e) from MailEntry e where e.owner = :owner and e.box = 'FOLDER'"
                    + " and e.folderId = :folderId")
    Page<MailEntry> inFolder(String owner, Long folderId, Pageable pageable);

    List<MailEntry> findByMessageId(Long messageId);

    List<MailEntry> findByOwnerAndBox(String owner, Box box);

    @Query("select e from MailEntry e where e.owner = :owner and e.message.id in :messageIds")
    List<MailEntry> ownedOf(String owner, Collection<Long> messageIds);

    @Query("select count(e) from MailEntry e where e.owner = :owner and e.readAt is null and e.box <> 'TRASH'")
    long countUnread(String owner);

    @Query("select e from MailEntry e join fetch e.message where e.owner = :owner and e.box = :box and e.readAt is null"
            + " order by e.sortedAt desc, e.id desc")
    List<MailEntry> unreadInBox(String owner, Box box, Pageable pageable);

    boolean existsByFolderId(Long folderId);

    boolean existsByMessageIdAndOwner(Long messageId, String owner);

    @Query("select distinct e.owner from MailEntry e where e.message.id = :messageId and e.box <> 'DRAFTS'")
    List<String> holdersOf(Long messageId);
}

interface MailAddressRepository extends JpaRepository<MailAddress, Long> {

    List<MailAddress> findByMessageIdOrderByIdAsc(Long messageId);

    void deleteByMessageId(Long messageId);
}

interface MailRecipientRepository extends JpaRepository<MailRecipient, Long> {

    List<MailRecipient> findByMessageIdOrderByIdAsc(Long messageId);

    Optional<MailRecipient> findFirstByMessageIdAndUsername(Long messageId, String username);

    void deleteByMessageId(Long messageId);
}

interface MailFolderRepository extends JpaRepository<MailFolder, Long> {

    List<MailFolder> findByOwnerOrderByNameAsc(String owner);

    boolean existsByParentId(Long parentId);
}

interface MailAttachmentRepository extends JpaRepository<MailAttachment, Long> {

    List<MailAttachment> findByMessageIdOrderByIdAsc(Long messageId);

    void deleteByMessageId(Long messageId);
}
