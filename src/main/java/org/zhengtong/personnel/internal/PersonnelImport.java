package org.zhengtong.personnel.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * Excel import of personnel records by the unit's personnel office: the whole workbook is checked first, and a
 * single bad row (an unknown department, a wrong ID number, a date that is none …) refuses all of it with a report
 * row by row; otherwise every row is saved in one transaction, as the form would save it.
 */
@Service
public class PersonnelImport {

    private final PersonnelWorkbook workbook;
    private final PersonnelService service;
    private final PersonnelAccess access;
    private final PersonnelProperties properties;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditLog audit;

    PersonnelImport(PersonnelWorkbook workbook, PersonnelService service, PersonnelAccess access,
                    PersonnelProperties properties, CurrentUsers currentUsers, MessageSource messages,
                    AuditLog audit) {
        this.messages = messages;
        this.workbook = workbook;
        this.service = service;
        this.access = access;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** What an import did: the records saved, or (none saved) the problems by row. */
    public record Report(int imported, List<Problem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** A row's problem; row 1 is the header, as Excel counts. */
    public record Problem(int row, String message) {
    }

    @Transactional
    public Report importWorkbook(InputStream content, Locale locale) {
        CurrentUser user = currentUsers.current();
        access.requireOffice(user, "PERSONNEL_IMPORT", null);
        PersonnelWorkbook.Read read = workbook.read(content, user.unitId(), properties.maxImportRowsOrDefault(),
                locale);
        List<Problem> problems = new ArrayList<>(read.errors().stream()
                .map(e -> new Problem(e.row(), e.message())).toList());
        for (PersonnelWorkbook.Line line : read.rows()) {
            try {
                service.requireUnique(line.checked(), null);
            } catch (BusinessRuleException e) {
                problems.add(new Problem(line.row(), messages.getMessage(e.messageKey(), e.arguments(), locale)));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row));
            audit.failure("PERSONNEL_IMPORT", "personnelRecord", null, problems.size() + " 行有误");
            return new Report(0, problems);
        }
        service.createAll(read.rows().stream().map(PersonnelWorkbook.Line::checked).toList(), user);
        audit.success("PERSONNEL_IMPORT", "personnelRecord", null, read.rows().size() + " 条");
        return new Report(read.rows().size(), List.of());
    }
}
