package org.zhengtong.notification.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.notification.SmsGateway;
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
    private final PushChannel push;
    private final SmsGateway sms;
    private final ReminderPreferences preferences;
    private final OrgDirectory directory;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailDelivery mail, PushChannel push, SmsGateway sms,
                        ReminderPreferences preferences, OrgDirectory directory, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.push = push;
        this.sms = sms;
        this.preferences = preferences;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void send(ReminderKind kind, String recipient, String title, String body, String link) {
        write(kind, null, recipient, title, body, link, true);
    }

    @Override
    public void sendOnce(ReminderKind kind, String key, String recipient, String title, String body, String link) {
        sendOnce(kind, key, recipient, title, body, link, true);
    }

    /**
     * Sends unless a notification with this key was written before: an event listener delivers each event at least
     * once (again after a failure or a restart), and the key derived from the event makes that exactly once. Two
     * deliveries at the same moment meet at the key's unique index; the loser fails and is resubmitted later.
     */
    void sendOnce(ReminderKind kind, String dedupKey, String recipient, String title, String body, String link,
                  boolean stillOpen) {
        if (!notifications.existsByDedupKey(dedupKey)) {
            write(kind, dedupKey, recipient, title, body, link, stillOpen);
        }
    }

    /**
     * Always in the list; then through the channels the recipient chose for the kind, outside their quiet hours. A
     * notification of what is no longer open is kept, read, and goes nowhere else.
     */
    private void write(ReminderKind kind, String dedupKey, String recipient, String title, String body, String link,
                       boolean open) {
        Notification notification = notifications.save(new Notification(dedupKey, recipient, cut(title, MAX_TITLE),
                cut(body, MAX_BODY), link, clock.instant()));
        if (!open) {
            notification.read(clock.instant());
            return;
        }
        LocalTime now = LocalTime.now(clock);
        if (preferences.quietHours(recipient).filter(quiet -> quiet.cover(now)).isPresent()) {
            return;
        }
        ReminderPreferences.Channels channels = preferences.channels(recipient).get(kind);
        if (channels.popup()) {
            push.pushAfterCommit(notification);
        }
        Optional<OrgDirectory.PersonRef> person = directory.person(recipient);
        if (channels.email()) {
            person.map(OrgDirectory.PersonRef::email).filter(e -> e != null && !e.isBlank())
                    .ifPresent(email -> notification.emailed(mail.send(email, notification.getTitle(),
                            notification.getBody(), link)));
        }
        if (channels.sms()) {
            // the mobile, or a mobile number kept as the phone before people had both
            person.flatMap(p -> Stream.of(p.mobile(), p.phone()).filter(SmsGateway::isMobile).findFirst())
                    .ifPresent(mobile -> sms.send(mobile, cut("【政通】" + notification.getTitle(), SmsGateway.MAX_TEXT)));
        }
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
