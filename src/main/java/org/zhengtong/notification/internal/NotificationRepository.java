package org.zhengtong.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    boolean existsByDedupKey(String dedupKey);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient in :recipients and n.link = :link"
            + " and n.readAt is null")
    int markReadAbout(Collection<String> recipients, String link, Instant at);
}
