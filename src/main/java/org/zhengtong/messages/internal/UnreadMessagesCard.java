package org.zhengtong.messages.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tile for everyone in the organization: 未读消息 N, with the conversations they are in, opening 在线联络. */
@Component
class UnreadMessagesCard implements WorkbenchCard {

    /** Characters of the latest message a line shows. */
    private static final int SHOWN = 30;

    private final MessageService messages;

    UnreadMessagesCard(MessageService messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (user.personId() == null) {
            return Optional.empty();
        }
        long unread = messages.unreadCount(user.username());
        List<Line> lines = unread == 0 ? List.of() : messages.conversations(0).stream()
                .filter(row -> row.unread() > 0 && row.last() != null)
                .map(row -> new Line(row.title(), row.last().senderName() + "：" + shortened(row.last().body()),
                        row.last().sentAt(), "/messages/" + row.conversation().getId())).toList();
        return Optional.of(new Tile("messages.tile.unread", "bi-chat-dots", "/messages", unread, lines));
    }

    private static String shortened(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
