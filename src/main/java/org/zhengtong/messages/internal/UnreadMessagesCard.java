package org.zhengtong.messages.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tile for everyone in the organization: 未读消息 N, opening 在线联络. */
@Component
class UnreadMessagesCard implements WorkbenchCard {

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
        return Optional.of(new Tile("messages.tile.unread", "bi-chat-dots", "/messages",
                messages.unreadCount(user.username())));
    }
}
