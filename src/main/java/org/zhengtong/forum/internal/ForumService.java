package org.zhengtong.forum.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.Uploads;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The rules of 网上论坛. A board is read by its audience (the whole city, or its units), its moderators and the forum
 * administrator ({@code FORUM_MANAGE} in the unit of {@code zhengtong.forum.admin-unit}), who alone creates and edits
 * boards. Its readers open threads and reply (a reply may quote another post: a plain-text copy of it); its
 * moderators stick and lock threads, hide posts and decide reports, each action a line of the board's log, which
 * they and the administrator read. Replies, 锁定 and 置顶 of one thread lock its row, and hiding locks the post's, so
 * two moderators at once, or a reply racing a lock, come out one way. Anyone else is refused 403 (404 for what does
 * not exist) on every read, write and download.
 */
@Service
public class ForumService {

    static final String OBJECT = "forum";
    static final int MAX_FILES = 10;

    private final ForumBoardRepository boards;
    private final ForumThreadRepository threads;
    private final ForumPostRepository posts;
    private final ForumFileRepository files;
    private final ForumReportRepository reports;
    private final ForumLogRepository log;
    private final Uploads uploads;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ForumProperties properties;
    private final Clock clock;

    ForumService(ForumBoardRepository boards, ForumThreadRepository threads, ForumPostRepository posts,
                 ForumFileRepository files, ForumReportRepository reports, ForumLogRepository log,
                 Uploads uploads, OrgDirectory directory, AuditLog audit, ApplicationEventPublisher events,
                 ForumProperties properties, Clock clock) {
        this.boards = boards;
        this.threads = threads;
        this.posts = posts;
        this.files = files;
        this.reports = reports;
        this.log = log;
        this.uploads = uploads;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- boards

    /** The city's forum administrator: {@code FORUM_MANAGE} in the administering unit. */
    public boolean mayManage(CurrentUser user) {
        return user.can(ForumPermissions.MANAGE) && adminUnitId().filter(id -> id.equals(user.unitId())).isPresent();
    }

    Optional<Long> adminUnitId() {
        return directory.units().stream().filter(u -> u.code().equals(properties.adminUnit()))
                .map(OrgDirectory.UnitRef::id).findFirst();
    }

    @Transactional
    public long createBoard(ForumForms.BoardForm form, CurrentUser user) {
        requireManager(user);
        String name = boardName(form);
        if (boards.existsByName(name)) {
            throw new BusinessRuleException("forum.error.boardExists", name);
        }
        ForumBoard board = new ForumBoard(clock.instant());
        describe(board, form, name);
        boards.save(board);
        audit.success("FORUM_BOARD_CREATE", OBJECT + "-board", board.getId(), name);
        return board.getId();
    }

    @Transactional
    public void updateBoard(long id, ForumForms.BoardForm form, CurrentUser user) {
        requireManager(user);
        ForumBoard board = boards.findById(id).orElseThrow(() -> new NotFoundException("forum.board", id));
        String name = boardName(form);
        if (!name.equals(board.getName()) && boards.existsByName(name)) {
            throw new BusinessRuleException("forum.error.boardExists", name);
        }
        describe(board, form, name);
        audit.success("FORUM_BOARD_UPDATE", OBJECT + "-board", id, name);
        // the audience decides who finds the board's threads
        threads.idsOf(id).forEach(this::changed);
    }

    /** Every board, for the administrator's page. */
    @Transactional(readOnly = true)
    public List<ForumBoard> allBoards(CurrentUser user) {
        requireManager(user);
        return boards.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public ForumForms.BoardForm boardForm(long id, CurrentUser user) {
        requireManager(user);
        ForumBoard b = boards.findById(id).orElseThrow(() -> new NotFoundException("forum.board", id));
        return new ForumForms.BoardForm(b.getName(), b.getDescription(), b.isCity(), b.unitIds(), b.moderators(),
                b.isAnonymousAllowed());
    }

    private void describe(ForumBoard board, ForumForms.BoardForm form, String name) {
        String description = form.description() == null ? "" : form.description().strip();
        if (description.length() > ForumBoard.MAX_DESCRIPTION) {
            throw new InvalidInputException("forum.validation.description", ForumBoard.MAX_DESCRIPTION);
        }
        Set<Long> units = new LinkedHashSet<>(form.unitIds() == null ? List.of() : form.unitIds());
        boolean city = Boolean.TRUE.equals(form.city());
        if (!city && units.isEmpty()) {
            throw new InvalidInputException("forum.validation.audience");
        }
        units.forEach(u -> directory.unit(u).orElseThrow(() -> new InvalidInputException("forum.validation.unit")));
        Set<String> moderators = new LinkedHashSet<>(form.moderators() == null ? List.of() : form.moderators());
        if (moderators.isEmpty()) {
            throw new InvalidInputException("forum.validation.moderators");
        }
        moderators.forEach(m -> directory.person(m)
                .orElseThrow(() -> new InvalidInputException("forum.validation.person", m)));
        board.describe(name, description, city, city ? Set.of() : units, moderators,
                Boolean.TRUE.equals(form.anonymousAllowed()));
    }

    private static String boardName(ForumForms.BoardForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > ForumBoard.MAX_NAME) {
            throw new InvalidInputException("forum.validation.boardName", ForumBoard.MAX_NAME);
        }
        return name;
    }

    /** The boards the user reads: of her audience, or moderated by her; every board for the administrator. */
    @Transactional(readOnly = true)
    public List<ForumBoard> readableBoards(CurrentUser user) {
        return boards.findAllByOrderByIdAsc().stream().filter(b -> reads(b, user)).toList();
    }

    /** The board, when the user reads it; 404 when there is none, 403 when it is not hers. */
    @Transactional(readOnly = true)
    public ForumBoard readableBoard(long id, CurrentUser user) {
        ForumBoard board = boards.findById(id).orElseThrow(() -> new NotFoundException("forum.board", id));
        if (!reads(board, user)) {
            throw new AccessDeniedException("not in the board's audience");
        }
        return board;
    }

    boolean reads(ForumBoard board, CurrentUser user) {
        return board.admits(user.unitId()) || board.moderatedBy(user.username()) || mayManage(user);
    }

    public boolean moderates(ForumBoard board, CurrentUser user) {
        return board.moderatedBy(user.username());
    }

    @Transactional(readOnly = true)
    public long threadCount(long boardId) {
        return threads.countByBoardId(boardId);
    }

    // ---- threads and posts

    /** A board's threads: 置顶 first, then by the latest reply. */
    @Transactional(readOnly = true)
    public Page<ForumThread> threads(long boardId, int page, CurrentUser user) {
        readableBoard(boardId, user);
        return threads.listed(boardId, PageRequest.of(Math.max(page, 0), properties.pageSize()));
    }

    /** 发表主题: a reader of the board opens a thread with its first post. Returns its id. */
    @Transactional
    public long createThread(ForumForms.ThreadForm form, List<MultipartFile> attached, CurrentUser user) {
        if (form.boardId() == null) {
            throw new InvalidInputException("forum.validation.board");
        }
        ForumBoard board = readableBoard(form.boardId(), user);
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty() || title.length() > ForumThread.MAX_TITLE) {
            throw new InvalidInputException("forum.validation.title", ForumThread.MAX_TITLE);
        }
        String body = body(form.body());
        boolean anonymous = anonymous(board, form.anonymous());
        Instant now = clock.instant();
        ForumThread thread = threads.save(new ForumThread(board.getId(), title, user.username(), anonymous, now));
        ForumPost post = posts.save(new ForumPost(thread.getId(), true, user.username(), anonymous, body, now));
        attach(post, attached);
        audit.success("FORUM_THREAD_CREATE", OBJECT + "-thread", thread.getId(), title);
        changed(thread.getId());
        return thread.getId();
    }

    /** The thread, when the user reads its board; 404 when there is none, 403 when it is not hers. */
    @Transactional(readOnly = true)
    public ForumThread readableThread(long id, CurrentUser user) {
        ForumThread thread = threads.findById(id).orElseThrow(() -> new NotFoundException("forum.thread", id));
        readableBoard(thread.getBoardId(), user);
        return thread;
    }

    /** 打开: the thread for reading, counted as a view. */
    @Transactional
    public void open(long id, CurrentUser user) {
        readableThread(id, user);
        threads.viewed(id);
    }

    /** A page of the thread's posts, the opening post first. */
    @Transactional(readOnly = true)
    public Page<ForumPost> posts(long threadId, int page, CurrentUser user) {
        readableThread(threadId, user);
        return posts.findByThreadIdOrderByIdAsc(threadId, PageRequest.of(Math.max(page, 0), properties.pageSize()));
    }

    @Transactional(readOnly = true)
    public List<ForumFile> files(List<ForumPost> list) {
        return files.findByPostIdInOrderById(list.stream().map(ForumPost::getId).toList());
    }

    /**
     * 回复: a reader of the board replies, perhaps quoting a post of the thread (its text copied, as plain text).
     * A locked thread takes no reply (409). Returns the reply's id.
     */
    @Transactional
    public long reply(long threadId, ForumForms.ReplyForm form, List<MultipartFile> attached, CurrentUser user) {
        ForumThread thread = lockedThread(threadId, user);
        String body = body(form.body());
        boolean anonymous = anonymous(boards.getReferenceById(thread.getBoardId()), form.anonymous());
        if (thread.isLocked()) {
            throw new BusinessRuleException("forum.error.locked");
        }
        Instant now = clock.instant();
        ForumPost reply = new ForumPost(threadId, false, user.username(), anonymous, body, now);
        if (form.quotePostId() != null) {
            ForumPost quoted = posts.findById(form.quotePostId()).filter(p -> p.getThreadId() == threadId)
                    .orElseThrow(() -> new InvalidInputException("forum.validation.quote"));
            if (quoted.isHidden()) {
                throw new BusinessRuleException("forum.error.quoteHidden");
            }
            String text = RichText.text(quoted.getBody());
            reply.quote(quoted, text.length() > ForumPost.MAX_QUOTE
                    ? text.substring(0, ForumPost.MAX_QUOTE - 1) + "…" : text);
        }
        posts.save(reply);
        attach(reply, attached);
        thread.replied(now);
        audit.success("FORUM_REPLY", OBJECT + "-post", reply.getId(), thread.getTitle());
        changed(thread.getId());
        return reply.getId();
    }

    /**
     * 修改: the author edits her post's text while it is not hidden and its thread not locked (409 otherwise); the
     * post shows when it was edited. Others may not (403). The thread's lock is taken as a reply takes it, so an edit
     * and a 锁定 at the same moment come out one way.
     */
    @Transactional
    public void edit(long postId, String html, CurrentUser user) {
        ForumPost post = posts.locked(postId).orElseThrow(() -> new NotFoundException("forum.post", postId));
        ForumThread thread = lockedThread(post.getThreadId(), user);
        if (!post.getAuthor().equals(user.username())) {
            throw new AccessDeniedException("not the post's author");
        }
        if (post.isHidden()) {
            throw new BusinessRuleException("forum.error.hidden");
        }
        if (thread.isLocked()) {
            throw new BusinessRuleException("forum.error.locked");
        }
        post.edit(body(html), clock.instant());
        audit.success("FORUM_EDIT", OBJECT + "-post", postId, thread.getTitle());
        changed(thread.getId());
    }

    /** A post of a thread the user may read, for its author to edit. */
    @Transactional(readOnly = true)
    public ForumPost ownPost(long postId, CurrentUser user) {
        ForumPost post = posts.findById(postId).orElseThrow(() -> new NotFoundException("forum.post", postId));
        readableThread(post.getThreadId(), user);
        if (!post.getAuthor().equals(user.username())) {
            throw new AccessDeniedException("not the post's author");
        }
        return post;
    }

    private static String body(String html) {
        String body = RichText.clean(html);
        if (RichText.text(body).isBlank() || body.length() > ForumPost.MAX_BODY) {
            throw new InvalidInputException("forum.validation.body", ForumPost.MAX_BODY);
        }
        return body;
    }

    private static boolean anonymous(ForumBoard board, Boolean asked) {
        boolean anonymous = Boolean.TRUE.equals(asked);
        if (anonymous && !board.isAnonymousAllowed()) {
            throw new InvalidInputException("forum.validation.anonymous");
        }
        return anonymous;
    }

    private void attach(ForumPost post, List<MultipartFile> attached) {
        List<MultipartFile> list = attached == null ? List.of() : attached.stream().filter(f -> !f.isEmpty()).toList();
        if (list.size() > MAX_FILES) {
            throw new InvalidInputException("forum.validation.files", MAX_FILES);
        }
        for (MultipartFile file : list) {
            files.save(new ForumFile(post.getId(), uploads.store(file)));
        }
    }

    /** A post's file, for the readers of its board; a hidden post's files are gone for everyone. */
    @Transactional(readOnly = true)
    public Download download(long fileId, CurrentUser user) {
        ForumFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("forum.file", fileId));
        ForumPost post = posts.findById(file.getPostId()).orElseThrow();
        readableThread(post.getThreadId(), user);
        if (post.isHidden()) {
            throw new NotFoundException("forum.file", fileId);
        }
        return new Download(file.getFile().getFileName(), file.getFile().getFileSize(), uploads.open(file.getFile()));
    }

    public record Download(String name, long size, InputStream content) {
    }

    // ---- moderation

    /** 置顶 or 取消置顶, by a moderator of the board. */
    @Transactional
    public void stick(long threadId, boolean sticky, CurrentUser user) {
        ForumThread thread = moderatedThread(threadId, user);
        if (thread.isSticky() == sticky) {
            throw new BusinessRuleException(sticky ? "forum.error.alreadySticky" : "forum.error.notSticky");
        }
        thread.stick(sticky);
        moderated(thread.getBoardId(), thread.getId(), null, sticky ? ForumLogEntry.Action.STICK
                : ForumLogEntry.Action.UNSTICK, thread.getTitle(), user);
        audit.success(sticky ? "FORUM_STICK" : "FORUM_UNSTICK", OBJECT + "-thread", threadId, thread.getTitle());
    }

    /** 锁定 (no more replies) or 解锁, by a moderator of the board. */
    @Transactional
    public void lock(long threadId, boolean locked, CurrentUser user) {
        ForumThread thread = moderatedThread(threadId, user);
        if (thread.isLocked() == locked) {
            throw new BusinessRuleException(locked ? "forum.error.locked" : "forum.error.notLocked");
        }
        thread.lock(locked);
        moderated(thread.getBoardId(), thread.getId(), null, locked ? ForumLogEntry.Action.LOCK
                : ForumLogEntry.Action.UNLOCK, thread.getTitle(), user);
        audit.success(locked ? "FORUM_LOCK" : "FORUM_UNLOCK", OBJECT + "-thread", threadId, thread.getTitle());
    }

    private ForumThread moderatedThread(long threadId, CurrentUser user) {
        ForumThread thread = lockedThread(threadId, user);
        requireModerator(thread.getBoardId(), user);
        return thread;
    }

    /**
     * The thread read with its row locked (before anything else loads it, so its state is the committed one), when
     * the user reads its board.
     */
    private ForumThread lockedThread(long id, CurrentUser user) {
        ForumThread thread = threads.locked(id).orElseThrow(() -> new NotFoundException("forum.thread", id));
        readableBoard(thread.getBoardId(), user);
        return thread;
    }

    /** 举报: a reader of the board reports a post with a reason; its moderators see it. */
    @Transactional
    public long report(long postId, String reason, CurrentUser user) {
        ForumPost post = posts.findById(postId).orElseThrow(() -> new NotFoundException("forum.post", postId));
        ForumThread thread = readableThread(post.getThreadId(), user);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > ForumReport.MAX_REASON) {
            throw new InvalidInputException("forum.validation.reason", ForumReport.MAX_REASON);
        }
        if (post.isHidden()) {
            throw new BusinessRuleException("forum.error.hidden");
        }
        ForumReport report = reports.save(new ForumReport(postId, thread.getBoardId(), user.username(), text,
                clock.instant()));
        audit.success("FORUM_REPORT", OBJECT + "-post", postId, text);
        return report.getId();
    }

    /** The open reports of the boards the user moderates, oldest first. */
    @Transactional(readOnly = true)
    public List<ForumReport> openReports(CurrentUser user) {
        List<Long> moderated = boards.findAllByOrderByIdAsc().stream().filter(b -> moderates(b, user))
                .map(ForumBoard::getId).toList();
        return moderated.isEmpty() ? List.of()
                : reports.findByBoardIdInAndStatusOrderByCreatedAtAsc(moderated, ForumReport.Status.OPEN);
    }

    /** 屏蔽: a moderator hides a post; its open reports are closed with it and the index forgets its text. */
    @Transactional
    public void hide(long postId, String reason, CurrentUser user) {
        ForumPost post = posts.locked(postId).orElseThrow(() -> new NotFoundException("forum.post", postId));
        ForumThread thread = readableThread(post.getThreadId(), user);
        requireModerator(thread.getBoardId(), user);
        if (post.isHidden()) {
            throw new BusinessRuleException("forum.error.hidden");
        }
        post.hide();
        Instant now = clock.instant();
        reports.findByPostIdAndStatus(postId, ForumReport.Status.OPEN)
                .forEach(r -> r.decide(ForumReport.Status.HIDDEN, user.username(), now));
        String detail = reason == null || reason.isBlank() ? thread.getTitle() : reason.strip();
        detail = detail.length() > ForumLogEntry.MAX_DETAIL ? detail.substring(0, ForumLogEntry.MAX_DETAIL) : detail;
        moderated(thread.getBoardId(), thread.getId(), postId, ForumLogEntry.Action.HIDE, detail, user);
        audit.success("FORUM_HIDE", OBJECT + "-post", postId, detail);
        changed(thread.getId());
    }

    /** 屏蔽 from 举报处理: the reported post is hidden, with the report's reason in the log. */
    @Transactional
    public void hideReported(long reportId, CurrentUser user) {
        ForumReport report = reports.findById(reportId)
                .orElseThrow(() -> new NotFoundException("forum.report", reportId));
        hide(report.getPostId(), report.getReason(), user);
    }

    /** 驳回: a moderator of the board finds nothing wrong with the reported post. */
    @Transactional
    public void dismiss(long reportId, CurrentUser user) {
        ForumReport report = reports.findById(reportId)
                .orElseThrow(() -> new NotFoundException("forum.report", reportId));
        readableBoard(report.getBoardId(), user);
        requireModerator(report.getBoardId(), user);
        if (report.getStatus() != ForumReport.Status.OPEN) {
            throw new BusinessRuleException("forum.error.reportDecided");
        }
        report.decide(ForumReport.Status.DISMISSED, user.username(), clock.instant());
        ForumPost post = posts.getReferenceById(report.getPostId());
        moderated(report.getBoardId(), post.getThreadId(), post.getId(), ForumLogEntry.Action.DISMISS,
                report.getReason(), user);
        audit.success("FORUM_DISMISS", OBJECT + "-report", reportId, report.getReason());
    }

    /** 管理日志: the board's moderators and the forum administrator, newest first. */
    @Transactional(readOnly = true)
    public Page<ForumLogEntry> log(long boardId, int page, CurrentUser user) {
        ForumBoard board = readableBoard(boardId, user);
        if (!moderates(board, user) && !mayManage(user)) {
            throw new AccessDeniedException("neither moderator nor forum administrator");
        }
        return log.findByBoardIdOrderByLoggedAtDescIdDesc(boardId,
                PageRequest.of(Math.max(page, 0), properties.pageSize()));
    }

    /** A line of the board's 管理日志 (each caller audits the action too). */
    private void moderated(long boardId, long threadId, Long postId, ForumLogEntry.Action action, String detail,
                           CurrentUser user) {
        log.save(new ForumLogEntry(boardId, threadId, postId, user.username(), action, detail, clock.instant()));
    }

    private void requireModerator(long boardId, CurrentUser user) {
        if (!moderates(boards.getReferenceById(boardId), user)) {
            throw new AccessDeniedException("not a moderator of the board");
        }
    }

    private void requireManager(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException("FORUM_MANAGE of the administering unit");
        }
    }

    // ---- search

    /** The thread's text as the index holds it: the title and every post not hidden. */
    @Transactional(readOnly = true)
    public List<ForumPost> visiblePosts(long threadId) {
        return posts.findByThreadIdAndHiddenFalseOrderByIdAsc(threadId);
    }

    /** Whether the thread is searchable: its opening post is not hidden. */
    boolean searchable(ForumThread thread) {
        return posts.findByThreadIdAndOpeningTrue(thread.getId()).filter(p -> !p.isHidden()).isPresent();
    }

    private void changed(long threadId) {
        events.publishEvent(new IndexEntryChanged(ForumIndex.KIND, threadId));
    }
}
