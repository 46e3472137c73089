package org.zhengtong.messages.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.OrgDirectory;

/**
 * 消息离线送达: a message that finds a participant without an open page is kept (as every message is) and marked on
 * her place in the conversation; at her next login she is told, once, "您有 N 条未读消息" with who wrote, through the
 * notifications (the bell, and her channels for 在线联络). What she read meanwhile (through the API) is not counted,
 * and a login with nothing new says nothing. The key names the latest such message, so a second login announces
 * only what came since.
 */
@Component
class OfflineDelivery {

    /** Accounts store no language of their own: everyone reads Chinese, whatever the server's locale. */
    private static final Locale RECIPIENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final int NAMES_SHOWN = 5;

    private final ChatMessageRepository messages;
    private final ParticipantRepository participants;
    private final Notifications notifications;
    private final OrgDirectory directory;
    private final MessageSource texts;

    OfflineDelivery(ChatMessageRepository messages, ParticipantRepository participants, Notifications notifications,
                    OrgDirectory directory, MessageSource texts) {
        this.messages = messages;
        this.participants = participants;
        this.notifications = notifications;
        this.directory = directory;
        this.texts = texts;
    }

    /** At her login: tells her of the messages that came while she was away and she has not read; how many. */
    @Transactional
    public int announce(String username) {
        if (participants.undelivered(username).isEmpty()) {
            return 0;
        }
        List<ChatMessage> waiting = messages.undeliveredUnread(username);
        participants.delivered(username);
        if (waiting.isEmpty()) {
            return 0;
        }
        Set<String> senders = new LinkedHashSet<>();
        waiting.forEach(m -> senders.add(directory.nameOf(m.getSender())));
        String names = String.join("、", senders.stream().limit(NAMES_SHOWN).toList())
                + (senders.size() > NAMES_SHOWN ? "…" : "");
        long latest = waiting.get(waiting.size() - 1).getId();
        String link = senders.size() == 1 && waiting.stream().map(ChatMessage::getConversationId).distinct().count() == 1
                ? "/messages/" + waiting.get(0).getConversationId() : "/messages";
        notifications.sendOnce(ReminderKind.MESSAGE, "messages-offline:" + username + ":" + latest, username,
                texts.getMessage("messages.offline.title", new Object[] {waiting.size()}, RECIPIENT_LANGUAGE),
                texts.getMessage("messages.offline.body", new Object[] {names}, RECIPIENT_LANGUAGE), link);
        return waiting.size();
    }
}
