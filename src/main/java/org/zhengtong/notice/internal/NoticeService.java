package org.zhengtong.notice.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.FinishedDocuments;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.Uploads;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.Workflow;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.workflow.BusinessKeys;

/**
 * The rules of 电子公告. Columns are kept by the unit's {@code NOTICE_MANAGE}; a column's publishers submit notices,
 * which go to the column's reviewers on the engine ({@value #TEMPLATE}) and are published when a reviewer sends the
 * review on. A published notice is read by the column's audience whose clearance reaches its 密级; the author, the
 * column's publishers and reviewers and the unit's managers see it in every state, with its read receipts.
 */
@Service
public class NoticeService {

    static final String TEMPLATE = "notice-review";
    static final String REVIEW = "review";
    static final String OBJECT = "notice";
    static final int MAX_FILES = 10;

    private final NoticeColumnRepository columns;
    private final NoticeRepository notices;
    private final NoticeReceiptRepository receipts;
    private final ReceiptRecorder receiptRecorder;
    private final OrgDirectory directory;
    private final Workflow workflow;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NoticeFileRepository files;
    private final Uploads uploads;
    private final FinishedDocuments finishedDocuments;
    private final Clock clock;

    NoticeService(NoticeColumnRepository columns, NoticeRepository notices, NoticeReceiptRepository receipts,
                  ReceiptRecorder receiptRecorder, NoticeFileRepository files, Uploads uploads, OrgDirectory directory, Workflow workflow,
                  AuditLog audit, ApplicationEventPublisher events, FinishedDocuments finishedDocuments,
                  Clock clock) {
        this.finishedDocuments = finishedDocuments;
        this.files = files;
        this.uploads = uploads;
        this.columns = columns;
        this.notices = notices;
        this.receipts = receipts;
        this.receiptRecorder = receiptRecorder;
        this.directory = directory;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- columns

    boolean mayManage(CurrentUser user) {
        return user.unitId() != null && user.can(NoticePermissions.MANAGE);
    }

    @Transactional(readOnly = true)
    public List<NoticeColumn> unitColumns(CurrentUser user) {
        requireManager(user);
        return columns.findByUnitIdOrderBySortOrderAscIdAsc(user.unitId());
    }

    @Transactional
    public long createColumn(NoticeForms.ColumnForm form, CurrentUser user) {
        requireManager(user);
        String name = name(form);
        if (columns.existsByUnitIdAndName(user.unitId(), name)) {
            throw new BusinessRuleException("notice.error.columnExists", name);
        }
        NoticeColumn column = new NoticeColumn(user.unitId(), clock.instant());
        describe(column, form, name);
        columns.save(column);
        audit.success("NOTICE_COLUMN_CREATE", OBJECT + "-column", column.getId(), name);
        return column.getId();
    }

    @Transactional
    public void updateColumn(long id, NoticeForms.ColumnForm form, CurrentUser user) {
        NoticeColumn column = managedColumn(id, user);
        String name = name(form);
        if (!name.equals(column.getName()) && columns.existsByUnitIdAndName(user.unitId(), name)) {
            throw new BusinessRuleException("notice.error.columnExists", name);
        }
        describe(column, form, name);
        audit.success("NOTICE_COLUMN_UPDATE", OBJECT + "-column", id, name);
    }

    /** A column of the manager's unit as its edit form shows it. */
    @Transactional(readOnly = true)
    public NoticeForms.ColumnForm columnForm(long id, CurrentUser user) {
        NoticeColumn column = managedColumn(id, user);
        return new NoticeForms.ColumnForm(column.getName(), column.getSortOrder(),
                column.usernames(ColumnMember.MemberRole.PUBLISHER), column.usernames(ColumnMember.MemberRole.REVIEWER),
                List.copyOf(column.getAudience()));
    }

    /** Deletes a column that never held a notice; one that did stays, so its notices keep their place. */
    @Transactional
    public void deleteColumn(long id, CurrentUser user) {
        NoticeColumn column = managedColumn(id, user);
        if (notices.existsByColumnId(id)) {
            throw new BusinessRuleException("notice.error.columnInUse", column.getName());
        }
        columns.delete(column);
        audit.success("NOTICE_COLUMN_DELETE", OBJECT + "-column", id, column.getName());
    }

    /** A column of the manager's own unit; another unit's is not found, as if it did not exist. */
    private NoticeColumn managedColumn(long id, CurrentUser user) {
        requireManager(user);
        return columns.findById(id).filter(c -> c.getUnitId() == user.unitId())
                .orElseThrow(() -> new NotFoundException("notice.column", id));
    }

    /** The columns the user may publish in. */
    @Transactional(readOnly = true)
    public List<NoticeColumn> publishableColumns(CurrentUser user) {
        if (user.unitId() == null) {
            return List.of();
        }
        return columns.findByUnitIdOrderBySortOrderAscIdAsc(user.unitId()).stream()
                .filter(c -> c.has(ColumnMember.MemberRole.PUBLISHER, user.username())).toList();
    }

    /** The columns whose audience includes the user, of every unit. */
    @Transactional(readOnly = true)
    public List<NoticeColumn> readableColumns(CurrentUser user) {
        String position = positionOf(user);
        return columns.findAllByOrderByUnitIdAscSortOrderAscIdAsc().stream()
                .filter(c -> inAudience(c, user, position) || oversees(c, user)).toList();
    }

    @Transactional(readOnly = true)
    public NoticeColumn readableColumn(long id, CurrentUser user) {
        NoticeColumn column = columns.findById(id).orElseThrow(() -> new NotFoundException("notice.column", id));
        if (!inAudience(column, user, positionOf(user)) && !oversees(column, user)) {
            throw new AccessDeniedException("not in the column's audience");
        }
        return column;
    }

    private void describe(NoticeColumn column, NoticeForms.ColumnForm form, String name) {
        Set<ColumnMember> members = new HashSet<>();
        members.addAll(members(form.publishers(), ColumnMember.MemberRole.PUBLISHER, column.getUnitId()));
        members.addAll(members(form.reviewers(), ColumnMember.MemberRole.REVIEWER, column.getUnitId()));
        List<Audience> audience = form.audience() == null ? List.of() : form.audience();
        if (audience.isEmpty()) {
            throw new InvalidInputException("notice.validation.audience");
        }
        audience.forEach(this::requireExists);
        column.describe(name, form.sortOrder() == null ? 0 : form.sortOrder(), members,
                new LinkedHashSet<>(audience));
    }

    private static String name(NoticeForms.ColumnForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > NoticeColumn.MAX_NAME) {
            throw new InvalidInputException("notice.validation.columnName", NoticeColumn.MAX_NAME);
        }
        return name;
    }

    /** The named people, each an account of the unit; at least one. */
    private List<ColumnMember> members(List<String> usernames, ColumnMember.MemberRole role, long unitId) {
        if (usernames == null || usernames.isEmpty()) {
            throw new InvalidInputException("notice.validation.members." + role.name());
        }
        return usernames.stream().distinct().map(username -> {
            directory.person(username).filter(p -> p.unitId() == unitId)
                    .orElseThrow(() -> new InvalidInputException("notice.validation.person", username));
            return new ColumnMember(role, username);
        }).toList();
    }

    private void requireExists(Audience audience) {
        boolean exists = audience != null && audience.kind() != null && switch (audience.kind()) {
            case CITY -> audience.refId() == null && audience.position() == null;
            case UNIT -> audience.refId() != null && directory.unit(audience.refId()).isPresent();
            case DEPARTMENT -> audience.refId() != null && directory.department(audience.refId()).isPresent();
            case POSITION -> audience.position() != null && directory.positions().contains(audience.position());
        };
        if (!exists) {
            throw new InvalidInputException("notice.validation.audienceRef");
        }
    }

    // ---- notices

    /** 提交: a publisher of the column submits a notice; it goes to the column's reviewers. Returns its id. */
    @Transactional
    public long submit(NoticeForms.NoticeForm form, List<MultipartFile> files, CurrentUser user) {
        if (form.columnId() == null) {
            throw new InvalidInputException("notice.validation.column");
        }
        NoticeColumn column = columns.findById(form.columnId())
                .filter(c -> c.has(ColumnMember.MemberRole.PUBLISHER, user.username()))
                .orElseThrow(() -> new AccessDeniedException("not a publisher of the column"));
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty() || title.length() > Notice.MAX_TITLE) {
            throw new InvalidInputException("notice.validation.title", Notice.MAX_TITLE);
        }
        String body = RichText.clean(form.body());
        if (body.isEmpty() || body.length() > Notice.MAX_BODY) {
            throw new InvalidInputException("notice.validation.body", Notice.MAX_BODY);
        }
        Classification classification = form.classification() == null ? Classification.UNCLASSIFIED
                : form.classification();
        if (!classification.readableWith(user.clearance())) {
            throw new InvalidInputException("notice.validation.classification");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.expiresOn() != null && !form.expiresOn().isAfter(today)) {
            throw new InvalidInputException("notice.validation.expiresOn");
        }
        Notice notice = new Notice(column, user.username(), clock.instant());
        notice.describe(title, body, classification, form.topUntil(), form.expiresOn());
        notices.save(notice);
        attach(notice, files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList());
        List<String> reviewers = column.usernames(ColumnMember.MemberRole.REVIEWER).stream()
                .filter(r -> directory.person(r).filter(p -> classification.readableWith(p.clearance())).isPresent())
                .toList();
        if (reviewers.isEmpty()) {
            throw new BusinessRuleException("notice.error.noReviewer");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("noticeId", notice.getId());
        variables.put("unitId", notice.getUnitId());
        variables.put("reviewers", String.join(",", reviewers));
        variables.put("classification", classification.name());
        // the codes a unit's design of the review may be scoped and conditioned on (NoticeProcesses)
        variables.put("noticeKind", "NOTICE");
        variables.put("urgency", "NORMAL");
        variables.put(Workflow.REQUIRED_CLEARANCE, classification.requiredClearance().name());
        notice.startedReview(workflow.start(TEMPLATE, notice.businessKey(), user.username(), variables));
        audit.success("NOTICE_SUBMIT", OBJECT, notice.getId(), title);
        changed(notice);
        return notice.getId();
    }

    private void attach(Notice notice, List<MultipartFile> files) {
        if (files.size() > MAX_FILES) {
            throw new InvalidInputException("notice.validation.files", MAX_FILES);
        }
        for (MultipartFile file : files) {
            this.files.save(new NoticeFile(notice.getId(), uploads.store(file)));
        }
    }

    @Transactional(readOnly = true)
    public List<NoticeFile> files(long id, CurrentUser user) {
        readable(id, user);
        return files.findByNoticeIdOrderById(id);
    }

    /** A notice's file, for those who may read the notice. */
    @Transactional(readOnly = true)
    public Download download(long id, long fileId, CurrentUser user) {
        readable(id, user);
        NoticeFile file = files.findById(fileId).filter(f -> f.getNoticeId() == id)
                .orElseThrow(() -> new NotFoundException("notice.file", fileId));
        return new Download(file.getFile().getFileName(), file.getFile().getFileSize(), uploads.open(file.getFile()));
    }

    public record Download(String name, long size, InputStream content) {
    }

    /** The kinds of 公文 that become notices. */
    static final Set<DocumentType> NOTICE_TYPES = Set.of(DocumentType.NOTICE, DocumentType.CIRCULAR,
            DocumentType.ANNOUNCEMENT);

    /**
     * A finished 通知, 通报 or 公告 the user may read, as a notice's form for a column: title (with its 发文字号) and
     * body taken over, its 密级 kept.
     */
    @Transactional(readOnly = true)
    public NoticeForms.NoticeForm fromDocument(long documentId, Long columnId, LocalDate expiresOn) {
        FinishedDocuments.Finished document = finishedDocuments.finished(documentId);
        if (!NOTICE_TYPES.contains(document.type())) {
            throw new BusinessRuleException("notice.error.documentType", document.type().label());
        }
        return new NoticeForms.NoticeForm(columnId, document.title(), document.bodyHtml(), document.classification(),
                null, expiresOn);
    }

    /** The review step was sent on: the notice is published. */
    @Transactional
    public void publish(String businessKey) {
        Notice notice = byKey(businessKey);
        notice.publish(clock.instant());
        audit.success("NOTICE_PUBLISH", OBJECT, notice.getId(), notice.getTitle());
        changed(notice);
    }

    /** A reviewer refused it (不同意) or an administrator ended the review. */
    @Transactional
    public void refused(String businessKey, String reason) {
        Notice notice = byKey(businessKey);
        notice.refuse();
        audit.success("NOTICE_REFUSE", OBJECT, notice.getId(), reason);
        changed(notice);
    }

    /** 撤销发布: the author or a publisher of the column takes a published notice off. */
    @Transactional
    public void withdraw(long id, CurrentUser user) {
        Notice notice = readable(id, user);
        NoticeColumn column = columns.getReferenceById(notice.getColumnId());
        if (!notice.getAuthor().equals(user.username())
                && !column.has(ColumnMember.MemberRole.PUBLISHER, user.username())) {
            throw new AccessDeniedException("neither author nor publisher");
        }
        if (notice.getStatus() != NoticeStatus.PUBLISHED) {
            throw new BusinessRuleException("notice.error.notPublished");
        }
        notice.withdraw();
        audit.success("NOTICE_WITHDRAW", OBJECT, id, notice.getTitle());
        changed(notice);
    }

    Notice byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, Notice.KEY_PREFIX).flatMap(notices::findById)
                .orElseThrow(() -> new NotFoundException(OBJECT, businessKey));
    }

    /** The notice, when the user may read it; otherwise 404 (no such notice) or 403. */
    @Transactional(readOnly = true)
    public Notice readable(long id, CurrentUser user) {
        Notice notice = notices.findById(id).orElseThrow(() -> new NotFoundException(OBJECT, id));
        if (!canRead(notice, user)) {
            throw new AccessDeniedException("may not read the notice");
        }
        return notice;
    }

    boolean canRead(Notice notice, CurrentUser user) {
        if (!notice.getClassification().readableWith(user.clearance())) {
            return false;
        }
        NoticeColumn column = columns.getReferenceById(notice.getColumnId());
        return mayOversee(notice, user) || notice.getStatus() == NoticeStatus.PUBLISHED
                && inAudience(column, user, positionOf(user));
    }

    /** The author, the column's publishers and reviewers and the unit's managers: every state, the receipts. */
    boolean mayOversee(Notice notice, CurrentUser user) {
        return notice.getAuthor().equals(user.username())
                || oversees(columns.getReferenceById(notice.getColumnId()), user);
    }

    private boolean oversees(NoticeColumn column, CurrentUser user) {
        return column.has(ColumnMember.MemberRole.PUBLISHER, user.username())
                || column.has(ColumnMember.MemberRole.REVIEWER, user.username())
                || mayManage(user) && column.getUnitId() == user.unitId();
    }

    /** 打开: the notice for reading; the first opening by anyone but its author is a read receipt. */
    @Transactional
    public Notice open(long id, CurrentUser user) {
        Notice notice = readable(id, user);
        if (notice.getStatus() == NoticeStatus.PUBLISHED && !notice.getAuthor().equals(user.username())) {
            try {
                receiptRecorder.record(id, user.username(), clock.instant());
            } catch (DataIntegrityViolationException openedMeanwhile) {
                // the same person in another tab, at the same moment: that receipt is the one
            }
        }
        return notice;
    }

    /** 阅读情况: who read it when, for those who oversee it. */
    @Transactional(readOnly = true)
    public List<NoticeReceipt> receipts(long id, CurrentUser user) {
        Notice notice = readable(id, user);
        if (!mayOversee(notice, user)) {
            throw new AccessDeniedException("only those who oversee the notice see its receipts");
        }
        return receipts.findByKeyNoticeIdOrderByReadAt(id);
    }

    public long readers(long id) {
        return receipts.countByKeyNoticeId(id);
    }

    /** The front page: published, unexpired notices of the columns the user reads, 置顶 first, then newest. */
    @Transactional(readOnly = true)
    public List<Notice> current(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        String position = positionOf(user);
        List<Long> columnIds = columns.findAllByOrderByUnitIdAscSortOrderAscIdAsc().stream()
                .filter(c -> inAudience(c, user, position)).map(NoticeColumn::getId).toList();
        if (columnIds.isEmpty()) {
            return List.of();
        }
        return notices.findByColumnIdInAndStatusOrderByPublishedAtDesc(columnIds, NoticeStatus.PUBLISHED).stream()
                .filter(n -> n.current(today) && n.getClassification().readableWith(user.clearance()))
                .sorted(Comparator.comparing((Notice n) -> !n.topOn(today)))
                .toList();
    }

    /** A column's archive: every notice the user may read in it, expired ones included, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> archive(long columnId, CurrentUser user) {
        readableColumn(columnId, user);
        return notices.findByColumnIdOrderByCreatedAtDesc(columnId).stream().filter(n -> canRead(n, user)).toList();
    }

    /** Of these notices, those the user has read. */
    @Transactional(readOnly = true)
    public Set<Long> readBy(CurrentUser user, List<Notice> list) {
        return list.isEmpty() ? Set.of()
                : new HashSet<>(receipts.readBy(user.username(), list.stream().map(Notice::getId).toList()));
    }

    private boolean inAudience(NoticeColumn column, CurrentUser user, String position) {
        return column.getAudience().stream().anyMatch(a -> a.includes(user, position, column.getUnitId()));
    }

    private String positionOf(CurrentUser user) {
        return directory.person(user.username()).map(OrgDirectory.PersonRef::position).orElse(null);
    }

    private void requireManager(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException("NOTICE_MANAGE of a unit");
        }
    }

    private void changed(Notice notice) {
        events.publishEvent(new IndexEntryChanged(NoticeIndex.KIND, notice.getId()));
    }
}
