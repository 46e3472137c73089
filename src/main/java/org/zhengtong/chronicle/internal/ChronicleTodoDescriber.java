package org.zhengtong.chronicle.internal;

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

/** Describes {@code chronicle:<id>} for the to-do window: 大事记审核 of the entry's title, its 密级, linking to it. */
@Component
class ChronicleTodoDescriber implements TodoDescriber {

    private final ChronicleEntryRepository entries;
    private final OrgDirectory directory;
    private final MessageSource messages;

    ChronicleTodoDescriber(ChronicleEntryRepository entries, OrgDirectory directory, MessageSource messages) {
        this.entries = entries;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(ChronicleEntry.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, ChronicleEntry.KEY_PREFIX);
        Map<String, Description> described = new HashMap<>();
        String type = messages.getMessage("chronicle.todoType", null, LocaleContextHolder.getLocale());
        for (ChronicleEntry e : entries.findAllById(ids)) {
            String unitName = directory.unit(e.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(e.businessKey(), new Description(e.getTitle(), null, type, null, 0,
                    e.getClassification().classified() ? e.getClassification().label() : null, unitName, null,
                    "/chronicles/" + e.getId(), e.getClassification().requiredClearance()));
        }
        return described;
    }
}
