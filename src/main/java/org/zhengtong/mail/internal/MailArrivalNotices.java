package org.zhengtong.mail.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.mail.MailArrived;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;

/**
 * Tells each internal recipient of a new mail (新邮件：subject, from the writer's name), after the sending has
 * committed. The event may come twice after a crash: each notice carries a key of the mail and the recipient, so it
 * is written once. A mail recalled or deleted meanwhile is not announced.
 */
@Component
class MailArrivalNotices {

    /** Accounts store no language of their own: everyone reads Chinese, whatever the server's locale. */
    private static final Locale RECIPIENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final MailMessageRepository messages;
    private final MailEntryRepository entries;
    private final Notifications notifications;
    private final MessageSource texts;

    MailArrivalNotices(MailMessageRepository messages, MailEntryRepository entries, Notifications notifications,
                       MessageSource texts) {
        this.messages = messages;
        this.entries = entries;
        this.notifications = notifications;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(MailArrived event) {
        messages.findById(event.messageId()).ifPresent(message -> {
            String title = texts.getMessage("mail.notice.title", new Object[] {message.getSubject()},
                    RECIPIENT_LANGUAGE);
            String body = texts.getMessage("mail.notice.body", new Object[] {message.getSenderName()},
                    RECIPIENT_LANGUAGE);
            event.recipients().stream()
                    .filter(recipient -> entries.existsByMessageIdAndOwner(message.getId(), recipient))
                    .forEach(recipient -> notifications.sendOnce(ReminderKind.MAIL, "mail-arrived:" + message.getId() + ":" + recipient,
                            recipient, title, body, "/mail/messages/" + message.getId()));
        });
    }
}
