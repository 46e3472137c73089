package org.zhengtong.journal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;

/** Publications, issues and articles as pages and the API show them: units and people by name, local times. */
@Component
public class JournalViews {

    private final JournalService service;
    private final OrgDirectory directory;
    private final Clock clock;

    JournalViews(JournalService service, OrgDirectory directory, Clock clock) {
        this.service = service;
        this.directory = directory;
        this.clock = clock;
    }

    /** A publication: its editing unit, audience and submitting units by name; {@code editor} for its editors. */
    public record PublicationView(long id, String name, String unitName, boolean cityWide, List<String> audience,
                                  List<String> submitters, boolean editor, boolean submitter) {
    }

    /** An issue: 2026年第12期 (总第N期), its 密级 and its articles' titles (in order). */
    public record IssueView(long id, long publicationId, String publicationName, Issue.Status status, Integer year,
                            Integer number, Integer totalNumber, String classification, boolean classified,
                            LocalDateTime publishedAt, String publishedByName, List<ArticleView> articles) {
    }

    /** An article; {@code resubmittable} when returned to the reader, its author. */
    public record ArticleView(long id, long publicationId, String publicationName, String title, String content,
                              Classification classification, boolean classified, ArticleStatus status, String unitName,
                              String authorName, LocalDateTime submittedAt, String decidedByName,
                              LocalDateTime decidedAt, String reason, Long issueId, String processInstanceId,
                              boolean resubmittable) {
    }

    @Transactional(readOnly = true)
    public PublicationView publication(Publication p, CurrentUser user) {
        return new PublicationView(p.getId(), p.getName(), service.unitName(p.getUnitId()), p.isCityWide(),
                p.getAudienceUnits().stream().map(service::unitName).sorted().toList(),
                p.getSubmitterUnits().stream().map(service::unitName).sorted().toList(), service.edits(p, user),
                service.submitsTo(p, user));
    }

    @Transactional(readOnly = true)
    public List<PublicationView> publications(List<Publication> list, CurrentUser user) {
        return list.stream().map(p -> publication(p, user)).toList();
    }

    /** The issue with its articles, when the user may read it. */
    @Transactional(readOnly = true)
    public IssueView issue(long id, CurrentUser user) {
        return issue(service.readableIssue(id, user), user, true);
    }

    /** The publication's issues the user reads, without the articles' texts. */
    @Transactional(readOnly = true)
    public List<IssueView> issues(long publicationId, CurrentUser user) {
        return service.issues(publicationId, user).stream().map(i -> issue(i, user, false)).toList();
    }

    private IssueView issue(Issue i, CurrentUser user, boolean texts) {
        Publication p = service.publication(i.getPublicationId());
        List<ArticleView> articles = service.articlesOf(i.getId(), user).stream()
                .map(a -> article(a, user, texts)).toList();
        return new IssueView(i.getId(), p.getId(), p.getName(), i.getStatus(), i.getIssueYear(), i.getNumber(),
                i.getTotalNumber(), i.getClassification().label(), i.getClassification().classified(),
                local(i.getPublishedAt()), i.getPublishedBy() == null ? null : directory.nameOf(i.getPublishedBy()),
                articles);
    }

    @Transactional(readOnly = true)
    public ArticleView article(long id, CurrentUser user) {
        return article(service.readableArticle(id, user), user, true);
    }

    @Transactional(readOnly = true)
    public List<ArticleView> articles(List<Article> list, CurrentUser user) {
        return list.stream().map(a -> article(a, user, false)).toList();
    }

    private ArticleView article(Article a, CurrentUser user, boolean text) {
        return new ArticleView(a.getId(), a.getPublicationId(), service.publication(a.getPublicationId()).getName(),
                a.getTitle(), text ? a.getContent() : null, a.getClassification(),
                a.getClassification().classified(), a.getStatus(), service.unitName(a.getUnitId()),
                directory.nameOf(a.getAuthor()), local(a.getSubmittedAt()),
                a.getDecidedBy() == null ? null : directory.nameOf(a.getDecidedBy()), local(a.getDecidedAt()),
                a.getReason(), a.getIssueId(), a.getProcessInstanceId(),
                a.getStatus() == ArticleStatus.RETURNED && a.getAuthor().equals(user.username()));
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }
}
