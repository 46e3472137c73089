package org.zhengtong.mail.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tile for everyone in the organization: 未读邮件 N. */
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
        return Optional.of(new Tile("mail.tile.unread", "bi-envelope", "/mail", mail.unreadCount(user.username())));
    }
}
