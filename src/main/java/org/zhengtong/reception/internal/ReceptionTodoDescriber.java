package org.zhengtong.reception.internal;

import java.time.LocalDate;
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
 * Describes {@code reception:<id>} for the to-do window: 接待审批 of which visiting unit, its level and number of
 * visitors, due by the arrival day, linking to the reception's page.
 */
@Component
class ReceptionTodoDescriber implements TodoDescriber {

    private final ReceptionRepository receptions;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ReceptionTodoDescriber(ReceptionRepository receptions, OrgDirectory directory, MessageSource messages,
                           java.time.Clock clock) {
        this.receptions = receptions;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(Reception.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, Reception.KEY_PREFIX);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String type = text("reception.todoType");
        Map<String, Description> described = new HashMap<>();
        for (Reception reception : receptions.findByIdIn(ids)) {
            String unitName = directory.unit(reception.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            LocalDate arrival = LocalDate.ofInstant(reception.getArrivalAt(), clock.getZone());
            described.put(reception.businessKey(), new Description(
                    text("reception.todoTitle", reception.getVisitingUnit(), text(reception.getLevel().messageKey()),
                            reception.getVisitorCount()),
                    reception.getNumber(), type, null, 0, null, unitName, arrival,
                    "/receptions/" + reception.getId()));
        }
        return described;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
