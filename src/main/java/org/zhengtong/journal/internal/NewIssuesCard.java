package org.zhengtong.journal.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/**
 * Home tile 新刊: the issues published in the last two weeks that the person may read (audience and clearance), newest
 * first — how a publication reaches its readers without a notification to everyone of the city for every issue.
 */
@Component
class NewIssuesCard implements WorkbenchCard {

    static final Duration RECENT = Duration.ofDays(14);

    private final IssueRepository issues;
    private final JournalService journals;
    private final MessageSource messages;
    private final Clock clock;

    NewIssuesCard(IssueRepository issues, JournalService journals, MessageSource messages, Clock clock) {
        this.issues = issues;
        this.journals = journals;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tile> tileFor(CurrentUser user) {
        List<Issue> recent = issues.findByStatusAndPublishedAtAfterOrderByPublishedAtDesc(Issue.Status.PUBLISHED,
                clock.instant().minus(RECENT)).stream().filter(i -> journals.canRead(i, user)).toList();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = recent.stream().map(i -> {
            Publication publication = journals.publication(i.getPublicationId());
            return new Line(publication.getName() + " " + messages.getMessage("journal.issue.name",
                    new Object[] {i.getIssueYear(), i.getNumber()}, LocaleContextHolder.getLocale()),
                    messages.getMessage("journal.issue.total", new Object[] {i.getTotalNumber()},
                            LocaleContextHolder.getLocale()), i.getPublishedAt(), "/journals/issues/" + i.getId());
        }).toList();
        return Optional.of(new Tile("journal.tile", "bi-journal-text", "/journals", recent.size(), lines));
    }
}
