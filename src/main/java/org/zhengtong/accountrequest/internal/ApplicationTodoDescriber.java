package org.zhengtong.accountrequest.internal;

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

/** Describes {@code account-application:<id>} for the to-do window: the applicant, the unit, the applications page. */
@Component
class ApplicationTodoDescriber implements TodoDescriber {

    private final AccountApplicationRepository applications;
    private final OrgDirectory directory;
    private final MessageSource messages;

    ApplicationTodoDescriber(AccountApplicationRepository applications, OrgDirectory directory,
                             MessageSource messages) {
        this.applications = applications;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(AccountApplication.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, AccountApplication.KEY_PREFIX);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String type = messages.getMessage("applications.title", null, LocaleContextHolder.getLocale());
        Map<Long, String> unitNames = new HashMap<>();
        Map<String, Description> described = new HashMap<>();
        for (AccountApplication application : applications.findByIdIn(ids)) {
            String title = messages.getMessage("applications.todo.title",
                    new Object[]{application.getApplicantName(), application.getRequestedUsername()},
                    LocaleContextHolder.getLocale());
            String unitName = unitNames.computeIfAbsent(application.getUnitId(),
                    id -> directory.unit(id).map(OrgDirectory.UnitRef::name).orElse(null));
            described.put(application.businessKey(), new Description(title, null, type, null, 0, null, unitName,
                    null, "/admin/applications"));
        }
        return described;
    }
}
