package org.zhengtong.mail.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tile for everyone in the organization: 未读邮件 N, the latest of them listed. */
@Component
class MailCard implements WorkbenchCard {

    private final MailService mail;

    MailCard(MailService mail) {
        this.mail = mail;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (user.personId() == null) {
            return Optional.empty();
        }
        List<Line> latest = mail.latestUnread(user.username(), MAX_LINES).stream()
                .map(entry -> new Line(entry.getMessage().getSubject(), entry.getMessage().getSenderName(),
                        entry.getSortedAt(), "/mail/" + entry.getId())).toList();
        return Optional.of(new Tile("mail.tile.unread", "bi-envelope", "/mail", mail.unreadCount(user.username()),
                latest));
    }
}
