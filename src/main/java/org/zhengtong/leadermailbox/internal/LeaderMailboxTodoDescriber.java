package org.zhengtong.leadermailbox.internal;

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

/**
 * Describes {@code leadermailbox:<id>} for the to-do window as 领导信箱来信 and its number — never the letter's
 * subject, which the to-do table, supervision and administrators' lists would otherwise show to people who may not
 * read the letter.
 */
@Component
class LeaderMailboxTodoDescriber implements TodoDescriber {

    private final LetterRepository letters;
    private final OrgDirectory directory;
    private final MessageSource messages;

    LeaderMailboxTodoDescriber(LetterRepository letters, OrgDirectory directory, MessageSource messages) {
        this.letters = letters;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(Letter.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, Letter.KEY_PREFIX);
        Map<String, Description> described = new HashMap<>();
        String type = messages.getMessage("leadermailbox.todoType", null, LocaleContextHolder.getLocale());
        for (Letter letter : letters.findAllById(ids)) {
            String title = messages.getMessage("leadermailbox.todoTitle",
                    new Object[] {directory.nameOf(letter.getLeader()), letter.getId()}, LocaleContextHolder.getLocale());
            String unitName = directory.unit(letter.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(letter.businessKey(), new Description(title, String.valueOf(letter.getId()), type, null, 0,
                    null, unitName, null, "/leader-mailbox/" + letter.getId()));
        }
        return described;
    }
}
