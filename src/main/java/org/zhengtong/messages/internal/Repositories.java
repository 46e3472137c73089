package org.zhengtong.messages.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

    Optional<Conversation> findByPairKey(String pairKey);

    /** Her conversations, the latest message first. */
    @Query(value = "select c from Conversation c, Participant p where p.conversationId = c.id"
            + " and p.username = :username and p.leftAt is null order by c.sortedAt desc, c.id desc",
            countQuery = "select count(p) from Participant p where p.username = :username and p.leftAt is null")
    Page<Conversation> of(String username, Pageable pageable);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update Conversation c set c.sortedAt = :at where c.id = :id and c.sortedAt < :at")
    int messageAt(Long id, Instant at);
}

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByConversationIdAndUsername(Long conversationId, String username);

    List<Participant> findByConversationIdOrderByIdAsc(Long conversationId);

    @Query("select p from Participant p where p.conversationId in :conversationIds and p.leftAt is null")
    List<Participant> activeIn(Collection<Long> conversationIds);

    @Query("select p from Participant p where p.username = :username and p.leftAt is null"
            + " and p.undeliveredFrom is not null")
    List<Participant> undelivered(String username);

    /** Her read mark moves forward only. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Participant p set p.lastReadId = :messageId where p.conversationId = :conversationId"
            + " and p.username = :username and p.lastReadId < :messageId")
    int readUpTo(Long conversationId, String username, long messageId);

    /** The first message that found her without an open page, unless an earlier one waits already. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Participant p set p.undeliveredFrom = :messageId where p.conversationId = :conversationId"
            + " and p.username in :usernames and p.undeliveredFrom is null")
    int undeliveredFrom(Long conversationId, Collection<String> usernames, long messageId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Participant p set p.undeliveredFrom = null where p.username = :username"
            + " and p.undeliveredFrom is not null")
    int delivered(String username);
}

interface ChatMessageRepository extends JpaRepository<ChatMessage, Long> {

    /** A page of a conversation's messages she may see, newest first (the page shows them oldest first). */
    @Query("select m from ChatMessage m where m.conversationId = :conversationId and m.id > :after"
            + " and m.id < :before order by m.id desc")
    List<ChatMessage> latest(Long conversationId, long after, long before, Pageable pageable);

    @Query("select coalesce(max(m.id), 0) from ChatMessage m where m.conversationId = :conversationId")
    long lastId(Long conversationId);

    /** Per conversation of hers, how many messages of others she has not read. */
    @Query("select p.conversationId, count(m) from Participant p, ChatMessage m where p.username = :username"
            + " and p.leftAt is null and m.conversationId = p.conversationId and m.id > p.lastReadId"
            + " and m.sender <> :username group by p.conversationId")
    List<Object[]> unreadByConversation(String username);

    @Query("select count(m) from Participant p, ChatMessage m where p.username = :username and p.leftAt is null"
            + " and m.conversationId = p.conversationId and m.id > p.lastReadId and m.sender <> :username")
    long unread(String username);

    /** Of the messages that found her without an open page, those she has not read yet. */
    @Query("select m from Participant p, ChatMessage m where p.username = :username and p.leftAt is null"
            + " and p.undeliveredFrom is not null and m.conversationId = p.conversationId"
            + " and m.id >= p.undeliveredFrom and m.id > p.lastReadId and m.sender <> :username order by m.id")
    List<ChatMessage> undeliveredUnread(String username);

    /** Her history containing the pattern ({@code LikePatterns}), in the conversations she is in, newest first. */
    @Query(value = "select m from Participant p, ChatMessage m where p.username = :username and p.leftAt is null"
            + " and m.conversationId = p.conversationId and m.id > p.visibleAfterId"
            + " and lower(m.body) like :pattern escape '\\' order by m.id desc",
            countQuery = "select count(m) from Participant p, ChatMessage m where p.username = :username"
                    + " and p.leftAt is null and m.conversationId = p.conversationId and m.id > p.visibleAfterId"
                    + " and lower(m.body) like :pattern escape '\\'")
    Page<ChatMessage> search(String username, String pattern, Pageable pageable);
}
