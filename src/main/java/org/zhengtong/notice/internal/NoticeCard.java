package org.zhengtong.notice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile: the latest current notices for the person, 置顶 first, the unread ones marked; counts the unread. */
@Component
class NoticeCard implements WorkbenchCard {

    private final NoticeService notices;
    private final NoticeColumnRepository columns;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    NoticeCard(NoticeService notices, NoticeColumnRepository columns, OrgDirectory directory, MessageSource messages,
               Clock clock) {
        this.messages = messages;
        this.notices = notices;
        this.columns = columns;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tile> tileFor(CurrentUser user) {
        List<Notice> current = notices.current(user);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> read = notices.readBy(user, current);
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = current.stream().map(n -> new Line(
                mark(!read.contains(n.getId()), "notice.unread") + mark(n.topOn(today), "notice.top") + n.getTitle(),
                columns.getReferenceById(n.getColumnId()).getName() + " · "
                        + directory.unit(n.getUnitId()).map(OrgDirectory.UnitRef::shortName).orElse(""),
                n.getPublishedAt(), "/notices/" + n.getId())).toList();
        long unread = current.stream().filter(n -> !read.contains(n.getId())).count();
        return Optional.of(new Tile("notice.tile", "bi-megaphone", "/notices", unread, lines));
    }

    /** 【未读】, 【置顶】: the tile's lines are plain text. */
    private String mark(boolean applies, String key) {
        return applies ? "【" + messages.getMessage(key, null, LocaleContextHolder.getLocale()) + "】" : "";
    }
}
