package org.zhengtong.supplies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/** Describes {@code supplies:<id>} for the to-do window: 领用 of what (every line), by whom; linking to the request. */
@Component
class SuppliesTodoDescriber implements TodoDescriber {

    private final SupplyRequestRepository requests;
    private final SupplyRequestService service;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    SuppliesTodoDescriber(SupplyRequestRepository requests, @Lazy SupplyRequestService service, OrgDirectory directory,
                          MessageSource messages, Clock clock) {
        this.requests = requests;
        this.service = service;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(SupplyRequest.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, SupplyRequest.KEY_PREFIX);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String type = text("supplies.todoType");
        Map<String, Description> described = new HashMap<>();
        for (SupplyRequest r : requests.findByIdIn(ids)) {
            String unitName = directory.unit(r.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
            described.put(r.businessKey(), new Description(
                    text("supplies.todoTitle", directory.nameOf(r.getRequestedBy()), service.summary(r)),
                    r.getNumber(), type, null, 0, null, unitName,
                    LocalDate.ofInstant(r.getCreatedAt(), clock.getZone()), "/supplies/requests/" + r.getId()));
        }
        return described;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
