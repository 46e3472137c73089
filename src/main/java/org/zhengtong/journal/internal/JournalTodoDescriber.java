package org.zhengtong.journal.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/** Describes {@code journal:<id>} for the to-do window: 信息审核 of the article's title, its 密级 and unit. */
@Component
class JournalTodoDescriber implements TodoDescriber {

    private final ArticleRepository articles;
    private final OrgDirectory directory;
    private final MessageSource messages;

    JournalTodoDescriber(ArticleRepository articles, OrgDirectory directory, MessageSource messages) {
        this.articles = articles;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(Article.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, Article.KEY_PREFIX);
        Map<String, Description> described = new HashMap<>();
        String type = messages.getMessage("journal.todoType", null, LocaleContextHolder.getLocale());
        for (Article a : articles.findAllById(ids)) {
            String unitName = directory.unit(a.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(a.businessKey(), new Description(a.getTitle(), null, type, null, 0,
                    a.getClassification().classified() ? a.getClassification().label() : null, unitName, null,
                    "/journals/articles/" + a.getId(), a.getClassification().requiredClearance()));
        }
        return described;
    }
}
