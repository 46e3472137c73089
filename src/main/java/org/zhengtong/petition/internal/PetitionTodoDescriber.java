package org.zhengtong.petition.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/**
 * How the cases' tasks read in the to-do window: the matter's summary (never the petitioner's data), the case number,
 * the 信访形式 (or 延期审批) as type, the office's unit and the deadline running now (受理 or 办理). A group visit reads
 * as urgent.
 */
@Component
class PetitionTodoDescriber implements TodoDescriber {

    private final PetitionRepository petitions;
    private final OrgDirectory directory;
    private final MessageSource messages;

    PetitionTodoDescriber(PetitionRepository petitions, OrgDirectory directory, MessageSource messages) {
        this.petitions = petitions;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && (businessKey.startsWith(Petition.KEY_PREFIX)
                || businessKey.startsWith(PetitionProcesses.EXTENSION_PREFIX));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        Map<String, Description> described = new HashMap<>();
        for (String key : businessKeys) {
            if (!supports(key)) {
                continue;
            }
            boolean extension = key.startsWith(PetitionProcesses.EXTENSION_PREFIX);
            BusinessKeys.idOf(key).flatMap(petitions::findById).ifPresent(p -> described.put(key, new Description(
                    extension ? text("petition.todo.extension", p.getSummary()) : p.getSummary(), p.getNumber(),
                    extension ? text("petition.todo.extensionType") : text(p.getChannel().messageKey()),
                    p.isGroupVisit() ? text("petition.todo.group") : null, p.isGroupVisit() ? 1 : 0, null,
                    directory.unit(p.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null), p.currentDue(),
                    "/petitions/" + p.getId())));
        }
        return described;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
