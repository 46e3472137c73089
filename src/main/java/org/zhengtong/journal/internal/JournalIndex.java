package org.zhengtong.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Published articles of 电子刊物 in 综合检索 (kind {@code journal}): title, publication, unit and text; readers are
 * the publication's audience (every unit when city-wide) and its editing unit, within the article's 密级.
 * {@link #mayOpen} applies the full rule ({@link JournalService#canRead}).
 */
@Component
class JournalIndex extends RecordIndex<Article> {

    static final String KIND = "journal";

    private final JournalService service;
    private final OrgDirectory directory;
    private final Clock clock;

    JournalIndex(ArticleRepository articles, JournalService service, OrgDirectory directory,
                 CurrentUsers currentUsers, Clock clock) {
        super(KIND, Article.class, articles, "/journals/articles/", currentUsers);
        this.service = service;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected boolean indexed(Article a) {
        return a.getStatus() == ArticleStatus.PUBLISHED;
    }

    @Override
    protected boolean mayOpen(Article a, CurrentUser user) {
        return service.canRead(a, user);
    }

    @Override
    protected FullTextSearch.Entry entry(Article a) {
        Publication p = service.publication(a.getPublicationId());
        Set<String> readers = new LinkedHashSet<>();
        readers.add(Readers.unit(p.getUnitId()));
        if (p.isCityWide()) {
            directory.units().forEach(u -> readers.add(Readers.unit(u.id())));
        } else {
            p.getAudienceUnits().forEach(u -> readers.add(Readers.unit(u)));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("publication", String.valueOf(p.getId()));
        String unit = service.unitName(a.getUnitId());
        String text = new EntryText().add(a.getTitle(), p.getName(), unit, RichText.text(a.getContent())).toString();
        LocalDate day = LocalDate.ofInstant(a.getSubmittedAt(), clock.getZone());
        return new FullTextSearch.Entry(KIND, a.getId(), a.getUnitId(), a.getTitle(), text, day,
                a.getClassification(), readers, fields);
    }
}
