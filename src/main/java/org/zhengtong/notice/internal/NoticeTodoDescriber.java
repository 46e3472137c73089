package org.zhengtong.notice.internal;

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

/** Describes {@code notice:<id>} for the to-do window: 公告审核 of the notice's title, its 密级, linking to it. */
@Component
class NoticeTodoDescriber implements TodoDescriber {

    private final NoticeRepository notices;
    private final OrgDirectory directory;
    private final MessageSource messages;

    NoticeTodoDescriber(NoticeRepository notices, OrgDirectory directory, MessageSource messages) {
        this.notices = notices;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(Notice.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, Notice.KEY_PREFIX);
        Map<String, Description> described = new HashMap<>();
        String type = messages.getMessage("notice.todoType", null, LocaleContextHolder.getLocale());
        for (Notice n : notices.findAllById(ids)) {
            String unitName = directory.unit(n.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(n.businessKey(), new Description(n.getTitle(), null, type, null, 0,
                    n.getClassification().classified() ? n.getClassification().label() : null, unitName, null,
                    "/notices/" + n.getId(), n.getClassification().requiredClearance()));
        }
        return described;
    }
}
