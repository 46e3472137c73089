package org.zhengtong.forum.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;

/**
 * How the pages and the API show the forum: people by name, an anonymous post's author as 匿名 to every reader
 * (moderators too; the author is kept for accountability only), a hidden post without its text or files, a quote
 * as the plain text that was copied (or as hidden when the quoted post is hidden since).
 */
@Component
public class ForumViews {

    private final ForumService forum;
    private final ForumPostRepository posts;
    private final ForumThreadRepository threads;
    private final ForumBoardRepository boards;
    private final OrgDirectory directory;
    private final MessageSource messages;

    ForumViews(ForumService forum, ForumPostRepository posts, ForumThreadRepository threads,
               ForumBoardRepository boards, OrgDirectory directory, MessageSource messages) {
        this.forum = forum;
        this.posts = posts;
        this.threads = threads;
        this.boards = boards;
        this.directory = directory;
        this.messages = messages;
    }

    public record BoardRow(long id, String name, String description, List<String> audience,
                           List<String> moderators, boolean anonymousAllowed, long threads) {
    }

    public record ThreadRow(long id, String title, String author, boolean sticky, boolean locked, int replies,
                            long views, Instant createdAt, Instant lastReplyAt) {
    }

    public record ThreadView(long id, long boardId, String boardName, String title, String author, boolean sticky,
                             boolean locked, int replies, long views, boolean anonymousAllowed, boolean moderate,
                             boolean seesLog) {
    }

    public record Quote(long postId, String author, String text) {
    }

    public record FileRow(long id, String name, long size) {
    }

    /** @param mine the reader wrote it (she may edit it unless hidden or locked) */
    public record PostView(long id, boolean opening, String author, Instant createdAt, Instant editedAt,
                           boolean hidden, boolean mine, String body, Quote quote, List<FileRow> files) {
    }

    public record ReportRow(long id, long boardId, String boardName, long threadId, String threadTitle, long postId,
                            String excerpt, String reason, String reporter, Instant createdAt) {
    }

    public record LogRow(String actor, String action, Long threadId, Long postId, String detail, Instant at) {
    }

    @Transactional(readOnly = true)
    public BoardRow board(ForumBoard b) {
        List<String> audience = b.isCity() ? List.of(text("forum.audience.city"))
                : b.unitIds().stream().map(u -> directory.unit(u).map(OrgDirectory.UnitRef::displayName).orElse("—"))
                .toList();
        return new BoardRow(b.getId(), b.getName(), b.getDescription(), audience,
                b.moderators().stream().map(directory::nameOf).toList(), b.isAnonymousAllowed(),
                forum.threadCount(b.getId()));
    }

    public Page<ThreadRow> threads(Page<ForumThread> page) {
        return page.map(t -> new ThreadRow(t.getId(), t.getTitle(), author(t.getAuthor(), t.isAnonymous()),
                t.isSticky(), t.isLocked(), t.getReplyCount(), t.getViewCount(), t.getCreatedAt(),
                t.getLastReplyAt()));
    }

    @Transactional(readOnly = true)
    public ThreadView thread(long id, CurrentUser user) {
        ForumThread t = forum.readableThread(id, user);
        ForumBoard b = boards.getReferenceById(t.getBoardId());
        boolean moderate = forum.moderates(b, user);
        return new ThreadView(t.getId(), b.getId(), b.getName(), t.getTitle(), author(t.getAuthor(), t.isAnonymous()),
                t.isSticky(), t.isLocked(), t.getReplyCount(), t.getViewCount(), b.isAnonymousAllowed(), moderate,
                moderate || forum.mayManage(user));
    }

    @Transactional(readOnly = true)
    public Page<PostView> posts(Page<ForumPost> page, CurrentUser user) {
        Map<Long, List<FileRow>> files = forum.files(page.getContent()).stream().collect(Collectors.groupingBy(
                ForumFile::getPostId, Collectors.mapping(f -> new FileRow(f.getId(), f.getFile().getFileName(),
                        f.getFile().getFileSize()), Collectors.toList())));
        Map<Long, ForumPost> quoted = posts.findAllById(page.getContent().stream().map(ForumPost::getQuotePostId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(ForumPost::getId, Function.identity()));
        return page.map(p -> {
            Quote quote = null;
            if (p.getQuotePostId() != null) {
                ForumPost q = quoted.get(p.getQuotePostId());
                quote = new Quote(q.getId(), author(q.getAuthor(), q.isAnonymous()),
                        q.isHidden() ? text("forum.hiddenText") : p.getQuoteText());
            }
            return new PostView(p.getId(), p.isOpening(), author(p.getAuthor(), p.isAnonymous()), p.getCreatedAt(),
                    p.getEditedAt(), p.isHidden(), p.getAuthor().equals(user.username()), p.isHidden() ? null : RichText.clean(p.getBody()), quote,
                    p.isHidden() ? List.of() : files.getOrDefault(p.getId(), List.of()));
        });
    }

    /** The quote a reply to this post of the (readable) thread would carry; null for none or a hidden post. */
    @Transactional(readOnly = true)
    public Quote quotePreview(long threadId, Long postId) {
        return postId == null ? null : posts.findById(postId).filter(p -> p.getThreadId() == threadId && !p.isHidden())
                .map(p -> new Quote(p.getId(), author(p.getAuthor(), p.isAnonymous()), RichText.text(p.getBody())))
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public List<ReportRow> reports(List<ForumReport> list) {
        return list.stream().map(r -> {
            ForumPost p = posts.getReferenceById(r.getPostId());
            ForumThread t = threads.getReferenceById(p.getThreadId());
            String excerpt = RichText.text(p.getBody());
            return new ReportRow(r.getId(), r.getBoardId(), boards.getReferenceById(r.getBoardId()).getName(),
                    t.getId(), t.getTitle(), p.getId(), excerpt.length() > 100 ? excerpt.substring(0, 100) + "…"
                    : excerpt, r.getReason(), directory.nameOf(r.getReporter()), r.getCreatedAt());
        }).toList();
    }

    public Page<LogRow> log(Page<ForumLogEntry> page) {
        return page.map(e -> new LogRow(directory.nameOf(e.getActor()), text("forum.log." + e.getAction().name()),
                e.getThreadId(), e.getPostId(), e.getDetail(), e.getLoggedAt()));
    }

    /** The author's name, or 匿名 for an anonymous post, whoever reads it. */
    private String author(String username, boolean anonymous) {
        return anonymous ? text("forum.anonymousAuthor") : directory.nameOf(username);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
