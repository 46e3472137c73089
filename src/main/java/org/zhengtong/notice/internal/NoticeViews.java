package org.zhengtong.notice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;

/** Notices and columns as the pages and the API show them: names, not usernames; the body cleaned again. */
@Component
public class NoticeViews {

    private final NoticeService notices;
    private final NoticeColumnRepository columns;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    NoticeViews(NoticeService notices, NoticeColumnRepository columns, OrgDirectory directory,
                MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.notices = notices;
        this.columns = columns;
        this.directory = directory;
    }

    public record Row(long id, String title, String columnName, String unitName, String status, Instant publishedAt,
                      boolean top, boolean unread, LocalDate expiresOn) {
    }

    public record View(long id, long columnId, String columnName, String unitName, String title, String body,
                       String classification, String status, String authorName, Instant publishedAt,
                       LocalDate topUntil, LocalDate expiresOn, long readers, boolean oversee,
                       boolean mayWithdraw, String processInstanceId) {
    }

    public record ReceiptRow(String name, Instant readAt) {
    }

    public record ColumnRow(long id, String name, String unitName, int sortOrder, List<String> publishers,
                            List<String> reviewers, List<String> audience) {
    }

    @Transactional(readOnly = true)
    public List<Row> rows(List<Notice> list, CurrentUser user) {
        var read = notices.readBy(user, list);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(n -> new Row(n.getId(), n.getTitle(), columnName(n), unitName(n.getUnitId()),
                n.getStatus().name(), n.getPublishedAt(), n.topOn(today),
                n.getStatus() == NoticeStatus.PUBLISHED && !read.contains(n.getId()), n.getExpiresOn())).toList();
    }

    @Transactional(readOnly = true)
    public View view(Notice n, CurrentUser user) {
        boolean oversee = notices.mayOversee(n, user);
        boolean publisher = n.getAuthor().equals(user.username()) || columns.getReferenceById(n.getColumnId())
                .has(ColumnMember.MemberRole.PUBLISHER, user.username());
        return new View(n.getId(), n.getColumnId(), columnName(n), unitName(n.getUnitId()), n.getTitle(),
                RichText.clean(n.getBody()), n.getClassification().label(), n.getStatus().name(),
                directory.nameOf(n.getAuthor()), n.getPublishedAt(), n.getTopUntil(), n.getExpiresOn(),
                oversee ? notices.readers(n.getId()) : 0, oversee,
                publisher && n.getStatus() == NoticeStatus.PUBLISHED, n.getProcessInstanceId());
    }

    public List<ReceiptRow> receipts(List<NoticeReceipt> list) {
        return list.stream().map(r -> new ReceiptRow(directory.nameOf(r.getUsername()), r.getReadAt())).toList();
    }

    public ColumnRow column(NoticeColumn c) {
        return new ColumnRow(c.getId(), c.getName(), unitName(c.getUnitId()), c.getSortOrder(),
                c.usernames(ColumnMember.MemberRole.PUBLISHER).stream().map(directory::nameOf).toList(),
                c.usernames(ColumnMember.MemberRole.REVIEWER).stream().map(directory::nameOf).toList(),
                c.getAudience().stream().map(this::label).sorted().toList());
    }

    /** How the page names a part of an audience. */
    private String label(Audience audience) {
        return switch (audience.kind()) {
            case CITY -> text("notice.audience.city");
            case UNIT -> directory.unit(audience.refId()).map(OrgDirectory.UnitRef::name).orElse("—");
            case DEPARTMENT -> directory.department(audience.refId()).map(OrgDirectory.DepartmentRef::name)
                    .orElse("—");
            case POSITION -> text("position." + audience.position());
        };
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String columnName(Notice n) {
        return columns.getReferenceById(n.getColumnId()).getName();
    }

    private String unitName(long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
    }
}
