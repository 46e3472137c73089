package org.zhengtong.platform.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.audit.AuditRecord;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;

/**
 * The audit page's rows in words: the action's name (audit.action.CODE) and the object by its name where the
 * directory knows it (账号 张三, 单位 市财政局); whatever has no name or no longer exists keeps its code.
 */
@Component
class AuditRows {

    /** One record as shown; the record itself keeps the codes (the filter searches by them). */
    record Row(AuditRecord record, String action, String object) {
    }

    private final MessageSource messages;
    private final OrgDirectory directory;
    private final OrganizationService organization;
    private final AccountRepository accounts;

    AuditRows(MessageSource messages, OrgDirectory directory, OrganizationService organization,
              AccountRepository accounts) {
        this.messages = messages;
        this.directory = directory;
        this.organization = organization;
        this.accounts = accounts;
    }

    Page<Row> of(Page<AuditRecord> records, Locale locale) {
        return records.map(record -> new Row(record,
                messages.getMessage("audit.action." + record.getAction(), null, record.getAction(), locale),
                object(record, locale)));
    }

    private String object(AuditRecord record, Locale locale) {
        String type = record.getObjectType();
        if (type == null) {
            return "";
        }
        String id = record.getObjectId();
        String typeName = messages.getMessage("audit.object." + type, null, type, locale);
        String name = id == null ? "" : name(type, id).orElse(id);
        return (typeName + " " + name).strip();
    }

    private Optional<String> name(String type, String id) {
        Long number = number(id);
        return switch (type) {
            // logins record the username, account administration the account's id
            case "account" -> (number == null ? accounts.findByUsername(id) : accounts.findById(number))
                    .map(this::accountName);
            case "person" -> number == null ? Optional.empty()
                    : organization.people(List.of(number)).stream().findFirst().map(Person::getName);
            case "unit" -> number == null ? Optional.empty() : directory.unit(number).map(OrgDirectory.UnitRef::name);
            case "department" -> number == null ? Optional.empty()
                    : directory.department(number).map(OrgDirectory.DepartmentRef::name);
            default -> Optional.empty();
        };
    }

    /** The person's name; an administrator's account has no person and is known by its username. */
    private String accountName(Account account) {
        return account.getPersonId() == null ? account.getUsername()
                : organization.people(List.of(account.getPersonId())).stream().findFirst()
                .map(Person::getName).orElse(account.getUsername());
    }

    private static Long number(String id) {
        return id.chars().allMatch(Character::isDigit) && !id.isEmpty() && id.length() < 19 ? Long.valueOf(id) : null;
    }
}
