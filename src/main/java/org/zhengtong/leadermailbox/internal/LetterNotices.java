package org.zhengtong.leadermailbox.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.leadermailbox.LetterAnswered;
import org.zhengtong.leadermailbox.LetterSent;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.OrgDirectory;

/**
 * Tells the leader and the people he named of a new letter (匿名来信 for an anonymous one, the writer's name otherwise),
 * and the writer of a named letter of its answer. An anonymous writer is told nothing: nobody knows whom to tell; he
 * reads the answer with his reply code.
 */
@Component
class LetterNotices {

    private final LetterRepository letters;
    private final LeaderMailboxService service;
    private final Notifications notifications;
    private final MessageSource messages;
    private final OrgDirectory directory;

    LetterNotices(LetterRepository letters, LeaderMailboxService service, Notifications notifications,
                  MessageSource messages, OrgDirectory directory) {
        this.letters = letters;
        this.service = service;
        this.notifications = notifications;
        this.messages = messages;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(LetterSent event) {
        letters.findById(event.letterId()).ifPresent(letter -> {
            String from = letter.isAnonymous() ? text("leadermailbox.anonymous")
                    : directory.nameOf(letter.getWriter());
            String title = text("leadermailbox.notice.sent", directory.nameOf(letter.getLeader()), from);
            for (String reader : service.answerers(letter)) {
                notifications.sendOnce(ReminderKind.RECORD, "leadermailbox-sent:" + letter.getId() + ":" + reader,
                        reader, title, letter.getSubject(), "/leader-mailbox/" + letter.getId());
            }
        });
    }

    @ApplicationModuleListener
    void on(LetterAnswered event) {
        letters.findById(event.letterId()).filter(l -> !l.isAnonymous()).ifPresent(letter ->
                notifications.sendOnce(ReminderKind.RECORD, "leadermailbox-answered:" + letter.getId(),
                        letter.getWriter(), text("leadermailbox.notice.answered", directory.nameOf(letter.getLeader())),
                        letter.getSubject(), "/leader-mailbox/" + letter.getId()));
    }

    /** Notifications are always Chinese. */
    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
