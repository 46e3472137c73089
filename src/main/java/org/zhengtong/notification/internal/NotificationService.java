package org.zhengtong.notification.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.notification.Notifications;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;

@Service
@Transactional
class NotificationService implements Notifications {

    static final int PAGE_SIZE = 100;
    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = 2000;

    private final NotificationRepository notifications;
    private final MailDelivery mail;
    private final OrgDirectory directory;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailDelivery mail, OrgDirectory directory, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void send(String recipient, String title, String body, String link) {
        write(null, recipient, title, body, link, true);
    }

    @Override
    public void sendOnce(String key, String recipient, String title, String body, String link) {
        sendOnce(key, recipient, title, body, link, true);
    }

    /**
     * Sends unless a notification with this key was written before: an event listener delivers each event at least
     * once (again after a failure or a restart), and the key derived from the event makes that exactly once. Two
     * deliveries at the same moment meet at the key's unique index; the loser fails and is resubmitted later.
     */
    void sendOnce(String dedupKey, String recipient, String title, String body, String link, boolean stillOpen) {
        if (!notifications.existsByDedupKey(dedupKey)) {
            write(dedupKey, recipient, title, body, link, stillOpen);
        }
    }

    /** A notification of what is no longer open is kept, read, and not e-mailed. */
    private void write(String dedupKey, String recipient, String title, String body, String link, boolean open) {
        Notification notification = notifications.save(new Notification(dedupKey, recipient, cut(title, MAX_TITLE),
                cut(body, MAX_BODY), link, clock.instant()));
        if (!open) {
            notification.read(clock.instant());
            return;
        }
        directory.person(recipient).map(OrgDirectory.PersonRef::email).filter(e -> !e.isBlank())
                .ifPresent(email -> notification.emailed(mail.send(email, notification.getTitle(),
                        notification.getBody(), link)));
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return notifications.countByRecipientAndReadAtIsNull(username);
    }

    /** The user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    List<Notification> latest(String username) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(username, PageRequest.of(0, PAGE_SIZE));
    }

    /** Marks one of the user's own notifications read; others' are not found. */
    Notification markRead(Long id, String username) {
        Notification notification = notifications.findById(id).filter(n -> n.getRecipient().equals(username))
                .orElseThrow(() -> new NotFoundException("notification", id));
        notification.read(clock.instant());
        return notification;
    }

    /** What told these people about a piece of work (its link) is read once the work is done. */
    int markReadAbout(Collection<String> recipients, String link) {
        return recipients.isEmpty() ? 0 : notifications.markReadAbout(recipients, link, clock.instant());
    }

    int markAllRead(String username) {
        return notifications.markAllRead(username, clock.instant());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
