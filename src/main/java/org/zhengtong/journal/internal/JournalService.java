package org.zhengtong.journal.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.journal.internal.JournalForms.ArticleForm;
import org.zhengtong.journal.internal.JournalForms.IssueForm;
import org.zhengtong.journal.internal.JournalForms.PublicationForm;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.Sequences;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The rules of 电子刊物. A publication belongs to its editing unit, whose {@value JournalPermissions#EDIT} holders are
 * its editors; its audience (the whole city or the units listed, and the editing unit) reads its published issues;
 * people of its submitting units submit articles, which go to the editors on the engine ({@value #TEMPLATE}: 采用,
 * 退回 to the author, 不采用 with a reason). Editors compose issues of adopted articles; publishing numbers the issue
 * (第N期 of the year and 总第N期, gapless through {@link Sequences}), lays it out as a PDF kept in the file store and
 * publishes its articles. An article is read by its author and the editors in every state and by the audience once
 * published; every read needs the reader's clearance to reach the 密级 (of the issue: its highest article's).
 */
@Service
public class JournalService {

    static final String TEMPLATE = "journal-article";
    static final String DRAFT = "draft";
    static final String REVIEW = "review";
    static final String OBJECT = "journal";
    static final String ISSUE_SEQUENCE = "journal.issue";
    static final String TOTAL_SEQUENCE = "journal.issue.total";

    private final PublicationRepository publications;
    private final ArticleRepository articles;
    private final IssueRepository issues;
    private final IssueLayout layout;
    private final FileStore files;
    private final Sequences sequences;
    private final OrgDirectory directory;
    private final Workflow workflow;
    private final TaskActions taskActions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JournalService(PublicationRepository publications, ArticleRepository articles, IssueRepository issues,
                   IssueLayout layout, FileStore files, Sequences sequences, OrgDirectory directory, Workflow workflow,
                   TaskActions taskActions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.publications = publications;
        this.articles = articles;
        this.issues = issues;
        this.layout = layout;
        this.files = files;
        this.sequences = sequences;
        this.directory = directory;
        this.workflow = workflow;
        this.taskActions = taskActions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- who

    /** An editor of the publication: {@value JournalPermissions#EDIT} in its editing unit. */
    boolean edits(Publication p, CurrentUser user) {
        return user.unitId() != null && user.unitId() == p.getUnitId() && user.can(JournalPermissions.EDIT);
    }

    /** For pages: whether the user edits any publication of her unit (the editor's desk). */
    public boolean mayEdit(CurrentUser user) {
        return user.unitId() != null && user.can(JournalPermissions.EDIT);
    }

    boolean reads(Publication p, CurrentUser user) {
        return user.unitId() != null && p.readBy(user.unitId()) || edits(p, user);
    }

    boolean submitsTo(Publication p, CurrentUser user) {
        return user.unitId() != null && user.personId() != null && p.submittedBy(user.unitId());
    }

    boolean canRead(Article a, CurrentUser user) {
        if (user.unitId() == null || !a.getClassification().readableWith(user.clearance())) {
            return false;
        }
        Publication p = publication(a.getPublicationId());
        return a.getAuthor().equals(user.username()) || edits(p, user)
                || a.getStatus() == ArticleStatus.PUBLISHED && reads(p, user);
    }

    boolean canRead(Issue issue, CurrentUser user) {
        if (user.unitId() == null || !issue.getClassification().readableWith(user.clearance())) {
            return false;
        }
        Publication p = publication(issue.getPublicationId());
        return edits(p, user) || issue.isPublished() && reads(p, user);
    }

    // ---- publications

    /** The publications the user reads, edits or submits to, by unit and order. */
    @Transactional(readOnly = true)
    public List<Publication> publications(CurrentUser user) {
        return publications.findAllByOrderByUnitIdAscSortOrderAscIdAsc().stream()
                .filter(p -> reads(p, user) || submitsTo(p, user)).toList();
    }

    /** The publications the user reads. */
    @Transactional(readOnly = true)
    public List<Publication> readable(CurrentUser user) {
        return publications.findAllByOrderByUnitIdAscSortOrderAscIdAsc().stream().filter(p -> reads(p, user)).toList();
    }

    /** The publications the user may submit articles to. */
    @Transactional(readOnly = true)
    public List<Publication> submittable(CurrentUser user) {
        return publications.findAllByOrderByUnitIdAscSortOrderAscIdAsc().stream()
                .filter(p -> submitsTo(p, user)).toList();
    }

    /** The publications the user edits. */
    @Transactional(readOnly = true)
    public List<Publication> edited(CurrentUser user) {
        return publications.findAllByOrderByUnitIdAscSortOrderAscIdAsc().stream().filter(p -> edits(p, user)).toList();
    }

    /** The publication, when the user reads it (its audience or its editors); 404 or 403 otherwise. */
    @Transactional(readOnly = true)
    public Publication readablePublication(long id, CurrentUser user) {
        Publication p = publications.findById(id).orElseThrow(() -> new NotFoundException(OBJECT, id));
        if (!reads(p, user)) {
            throw new AccessDeniedException("not in the publication's audience");
        }
        return p;
    }

    private Publication edited(long id, CurrentUser user) {
        Publication p = publications.findById(id).orElseThrow(() -> new NotFoundException(OBJECT, id));
        if (!edits(p, user)) {
            throw new AccessDeniedException("not an editor of the publication");
        }
        return p;
    }

    Publication publication(long id) {
        return publications.findById(id).orElseThrow(() -> new NotFoundException(OBJECT, id));
    }

    /** 新建刊物 of the editor's unit; the units of the audience and the submitting units must exist. */
    @Transactional
    public long createPublication(PublicationForm form, CurrentUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException(JournalPermissions.EDIT + " of a unit");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > Publication.MAX_NAME) {
            throw new InvalidInputException("journal.validation.name", Publication.MAX_NAME);
        }
        if (publications.existsByUnitIdAndName(user.unitId(), name)) {
            throw new BusinessRuleException("journal.error.nameTaken", name);
        }
        Set<Long> audience = units(form.audienceUnits());
        if (!form.cityWide() && audience.isEmpty()) {
            throw new InvalidInputException("journal.validation.audience");
        }
        Publication p = new Publication(user.unitId(), clock.instant());
        p.describe(name, form.sortOrder() == null ? 0 : form.sortOrder(), form.cityWide(), audience,
                units(form.submitterUnits()));
        publications.save(p);
        audit.success("JOURNAL_PUBLICATION_CREATE", OBJECT + "-publication", p.getId(), name);
        return p.getId();
    }

    private Set<Long> units(List<Long> ids) {
        Set<Long> units = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            if (id == null || directory.unit(id).isEmpty()) {
                throw new InvalidInputException("journal.validation.unit");
            }
            units.add(id);
        }
        return units;
    }

    // ---- articles and their review

    /** The article, when the user may read it; otherwise 404 (no such article) or 403. */
    @Transactional(readOnly = true)
    public Article readableArticle(long id, CurrentUser user) {
        Article a = articles.findById(id).orElseThrow(() -> new NotFoundException(OBJECT, id));
        if (!canRead(a, user)) {
            throw new AccessDeniedException("may not read the article");
        }
        return a;
    }

    Article byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, Article.KEY_PREFIX).flatMap(articles::findById)
                .orElseThrow(() -> new NotFoundException(OBJECT, businessKey));
    }

    /** 报送: the article goes to the publication's editors at once. Returns its id. */
    @Transactional
    public long submit(ArticleForm form, CurrentUser user) {
        if (form.publicationId() == null) {
            throw new InvalidInputException("journal.validation.publication");
        }
        Publication p = publication(form.publicationId());
        if (!submitsTo(p, user)) {
            throw new AccessDeniedException("the unit does not submit to the publication");
        }
        Article a = new Article(p.getId(), user.unitId(), user.departmentId(), user.username(), clock.instant());
        describe(a, form, user);
        articles.save(a);
        Map<String, Object> variables = new HashMap<>();
        variables.put("articleId", a.getId());
        variables.put("publicationId", p.getId());
        variables.put("editors", editors(p, a));
        variables.put("classification", a.getClassification().name());
        variables.put(Workflow.REQUIRED_CLEARANCE, a.getClassification().requiredClearance().name());
        a.startedReview(workflow.start(TEMPLATE, a.businessKey(), user.username(), variables));
        audit.success("JOURNAL_SUBMIT", OBJECT, a.getId(), a.getTitle());
        sendDraft(a);
        changed(a);
        return a.getId();
    }

    /** 修改并重新报送: the author changes a returned article and sends it to the editors again. */
    @Transactional
    public void resubmit(long id, ArticleForm form, CurrentUser user) {
        Article a = readableArticle(id, user);
        if (!a.getAuthor().equals(user.username())) {
            throw new AccessDeniedException("only the author changes an article");
        }
        if (a.getStatus() != ArticleStatus.RETURNED) {
            throw new BusinessRuleException("journal.error.notReturned");
        }
        describe(a, new ArticleForm(a.getPublicationId(), form.title(), form.content(), form.classification()), user);
        audit.success("JOURNAL_RESUBMIT", OBJECT, id, a.getTitle());
        sendDraft(a);
        changed(a);
    }

    private void sendDraft(Article a) {
        TodoTask draft = workflow.openTasks(a.getProcessInstanceId()).stream()
                .filter(t -> DRAFT.equals(t.activityId())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("journal.error.notReturned"));
        taskActions.send(a.businessKey(), draft.taskId(), TaskDecision.opinion(null));
    }

    private String editors(Publication p, Article a) {
        List<String> editors = directory.usernamesWithPermission(p.getUnitId(), JournalPermissions.EDIT).stream()
                .filter(u -> directory.person(u).filter(person -> a.getClassification()
                        .readableWith(person.clearance())).isPresent()).toList();
        if (editors.isEmpty()) {
            throw new BusinessRuleException("journal.error.noEditor");
        }
        return String.join(",", editors);
    }

    private void describe(Article a, ArticleForm form, CurrentUser user) {
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty() || title.length() > Article.MAX_TITLE) {
            throw new InvalidInputException("journal.validation.title", Article.MAX_TITLE);
        }
        String content = RichText.clean(form.content());
        if (RichText.text(content).isBlank()) {
            throw new InvalidInputException("journal.validation.content");
        }
        if (content.length() > Article.MAX_CONTENT) {
            throw new InvalidInputException("journal.validation.contentLength", Article.MAX_CONTENT);
        }
        Classification classification = form.classification() == null ? Classification.UNCLASSIFIED
                : form.classification();
        if (!classification.readableWith(user.clearance())) {
            throw new InvalidInputException("journal.validation.classification");
        }
        a.describe(title, content, classification);
    }

    /** 报送 sent on: with the editors. */
    @Transactional
    public void inReview(String businessKey) {
        Article a = byKey(businessKey);
        a.status(ArticleStatus.REVIEW);
        changed(a);
    }

    /** 编辑审核 sent on: 采用. */
    @Transactional
    public void adopted(String businessKey, String editor) {
        Article a = byKey(businessKey);
        a.decide(ArticleStatus.ADOPTED, editor, clock.instant(), null);
        audit.success("JOURNAL_ADOPT", OBJECT, a.getId(), a.getTitle());
        changed(a);
    }

    /** Returned or taken back to 报送: with the author again. */
    @Transactional
    public void backToDraft(String businessKey) {
        Article a = byKey(businessKey);
        a.status(ArticleStatus.RETURNED);
        changed(a);
    }

    /** 不采用 by an editor with the reason, or ended by an administrator ({@code rejected} false). */
    @Transactional
    public void ended(String businessKey, String editor, String reason, boolean rejected) {
        Article a = byKey(businessKey);
        a.decide(rejected ? ArticleStatus.REJECTED : ArticleStatus.CANCELLED, editor, clock.instant(), reason);
        audit.success("JOURNAL_REJECT", OBJECT, a.getId(), reason);
        changed(a);
    }

    /** The user's own articles, newest first. */
    @Transactional(readOnly = true)
    public List<Article> mine(CurrentUser user) {
        return articles.findByAuthorOrderBySubmittedAtDesc(user.username()).stream()
                .filter(a -> canRead(a, user)).toList();
    }

    /** For the editor's desk: the publication's articles under review or adopted and not yet in an issue. */
    @Transactional(readOnly = true)
    public List<Article> submissions(long publicationId, CurrentUser user) {
        edited(publicationId, user);
        return articles.findByPublicationIdAndStatusInOrderBySubmittedAtAsc(publicationId,
                        EnumSet.of(ArticleStatus.REVIEW, ArticleStatus.ADOPTED)).stream()
                .filter(a -> a.getIssueId() == null && canRead(a, user)).toList();
    }

    // ---- issues

    /** The issue, when the user may read it (its editors: drafts too); 404 or 403 otherwise. */
    @Transactional(readOnly = true)
    public Issue readableIssue(long id, CurrentUser user) {
        Issue issue = issues.findById(id).orElseThrow(() -> new NotFoundException(OBJECT + "-issue", id));
        if (!canRead(issue, user)) {
            throw new AccessDeniedException("may not read the issue");
        }
        return issue;
    }

    /** The publication's issues the user may read, newest first (drafts first, for its editors). */
    @Transactional(readOnly = true)
    public List<Issue> issues(long publicationId, CurrentUser user) {
        readablePublication(publicationId, user);
        return issues.findByPublicationIdOrderByIssueYearDescNumberDescIdDesc(publicationId).stream()
                .filter(i -> canRead(i, user))
                .sorted(Comparator.comparing((Issue i) -> i.isPublished())).toList();
    }

    /** The issue's articles in order. */
    @Transactional(readOnly = true)
    public List<Article> articlesOf(long issueId, CurrentUser user) {
        readableIssue(issueId, user);
        return articles.findByIssueIdOrderByIssuePositionAsc(issueId);
    }

    /** 组稿: a draft issue of the publication holding the adopted articles in the order given. */
    @Transactional
    public long compose(long publicationId, IssueForm form, CurrentUser user) {
        Publication p = edited(publicationId, user);
        Issue issue = issues.save(new Issue(p.getId(), user.username(), clock.instant()));
        place(issue, form, user);
        audit.success("JOURNAL_ISSUE_COMPOSE", OBJECT + "-issue", issue.getId(), p.getName());
        return issue.getId();
    }

    /** 调整: the draft issue's articles, again in the order given. */
    @Transactional
    public void recompose(long issueId, IssueForm form, CurrentUser user) {
        Issue issue = draft(issueId, user);
        for (Article a : articles.findByIssueIdOrderByIssuePositionAsc(issueId)) {
            a.placeIn(null, null);
        }
        articles.flush();
        place(issue, form, user);
        audit.success("JOURNAL_ISSUE_COMPOSE", OBJECT + "-issue", issueId, null);
    }

    private void place(Issue issue, IssueForm form, CurrentUser user) {
        List<Long> ids = form.articleIds() == null ? List.of() : form.articleIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new InvalidInputException("journal.validation.articles");
        }
        Classification highest = Classification.UNCLASSIFIED;
        int position = 1;
        for (long id : ids) {
            Article a = articles.findById(id).orElseThrow(() -> new InvalidInputException("journal.validation.articles"));
            if (a.getPublicationId() != issue.getPublicationId() || !canRead(a, user)
                    || a.getStatus() != ArticleStatus.ADOPTED || a.getIssueId() != null) {
                throw new InvalidInputException("journal.validation.articles");
            }
            a.placeIn(issue.getId(), position++);
            highest = a.getClassification().compareTo(highest) > 0 ? a.getClassification() : highest;
        }
        issue.classify(highest);
    }

    private Issue draft(long issueId, CurrentUser user) {
        Issue issue = issues.findById(issueId).orElseThrow(() -> new NotFoundException(OBJECT + "-issue", issueId));
        edited(issue.getPublicationId(), user);
        if (issue.isPublished()) {
            throw new BusinessRuleException("journal.error.published");
        }
        return issue;
    }

    /**
     * 发布: the draft issue takes the next 第N期 of the year and 总第N期 (gapless, the counters locked until this
     * transaction ends), is laid out as a PDF kept in the file store, and its articles are published.
     */
    @Transactional
    public void publish(long issueId, CurrentUser user) {
        Issue issue = draft(issueId, user);
        publish(issue, publication(issue.getPublicationId()), user.username());
    }

    /** Numbers, lays out and publishes the draft issue (its access checked by the caller). */
    void publish(Issue issue, Publication p, String by) {
        List<Article> pieces = articles.findByIssueIdOrderByIssuePositionAsc(issue.getId());
        if (pieces.isEmpty()) {
            throw new InvalidInputException("journal.validation.articles");
        }
        LocalDate today = LocalDate.now(clock);
        int number = sequences.next(ISSUE_SEQUENCE, p.getId() + "/" + today.getYear());
        int total = sequences.next(TOTAL_SEQUENCE, String.valueOf(p.getId()));
        issue.number(today.getYear(), number, total);
        byte[] pdf = layout.render(new IssueLayout.Masthead(p.getName(), today.getYear(), number, total,
                        unitName(p.getUnitId()), today,
                        issue.getClassification().classified() ? issue.getClassification().label() : null),
                pieces.stream().map(a -> new IssueLayout.Piece(a.getTitle(), unitName(a.getUnitId()), a.getContent()))
                        .toList());
        issue.published(files.store(new ByteArrayInputStream(pdf)), by, clock.instant());
        for (Article a : pieces) {
            a.status(ArticleStatus.PUBLISHED);
            changed(a);
        }
        issues.flush();
        audit.success("JOURNAL_ISSUE_PUBLISH", OBJECT + "-issue", issue.getId(),
                p.getName() + " " + today.getYear() + "-" + number);
    }

    /** The published issue's PDF, for its readers. */
    @Transactional(readOnly = true)
    public byte[] pdf(long issueId, CurrentUser user) {
        Issue issue = readableIssue(issueId, user);
        if (!issue.isPublished()) {
            throw new BusinessRuleException("journal.error.notPublished");
        }
        try (InputStream in = files.open(issue.getFileKey())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String unitName(long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
    }

    private void changed(Article a) {
        events.publishEvent(new IndexEntryChanged(JournalIndex.KIND, a.getId()));
    }
}
