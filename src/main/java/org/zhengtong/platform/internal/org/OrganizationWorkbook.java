package org.zhengtong.platform.internal.org;

import static org.zhengtong.platform.internal.org.WorkbookFormat.DEPARTMENTS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.DEPARTMENT_COLUMNS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.PEOPLE;
import static org.zhengtong.platform.internal.org.WorkbookFormat.PERSON_COLUMNS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.UNITS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.UNIT_COLUMNS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.label;
import static org.zhengtong.platform.internal.org.WorkbookFormat.yesNo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * The whole organization as an Excel workbook (sheets 单位, 科室, 人员), for the system administrator. An import
 * checks every row first and imports nothing if any row is wrong; otherwise it applies the rows in one transaction
 * through {@link OrganizationService}, so the same rules and the audit log apply as for the forms. Units are matched
 * by code, departments by unit code and name, people by id (a row without id is a new person). Rows equal to the
 * current state are left alone, so re-importing an export changes nothing.
 */
@Service
public class OrganizationWorkbook {

    private static final Logger log = LoggerFactory.getLogger(OrganizationWorkbook.class);

    /** Per sheet: a city has some thousands of people, so more rows are a mistake (or an attack on the memory). */
    public static final int MAX_ROWS = 20_000;
    /** An organization of {@link #MAX_ROWS} people fits in about 1 MB; a bigger upload is refused unread. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final OrganizationService organization;
    private final UnitRepository units;
    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final DataScope scope;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Validator validator;
    private final TransactionTemplate transaction;

    OrganizationWorkbook(OrganizationService organization, UnitRepository units, DepartmentRepository departments,
                         PersonRepository people, DataScope scope, AuditLog audit, MessageSource messages,
                         Validator validator, PlatformTransactionManager transactionManager) {
        this.organization = organization;
        this.units = units;
        this.departments = departments;
        this.people = people;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // ---- export ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public byte[] export() {
        scope.requireSystemAdmin();
        OrganizationSnapshot state = OrganizationSnapshot.load(units, departments, people);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet unitSheet = sheet(book, UNITS, UNIT_COLUMNS, bold);
            Sheet departmentSheet = sheet(book, DEPARTMENTS, DEPARTMENT_COLUMNS, bold);
            Sheet personSheet = sheet(book, PEOPLE, PERSON_COLUMNS, bold);
            for (Unit unit : state.treeOrder()) {
                write(unitSheet, unit.getCode(), unit.getName(), unit.getShortName(), label(messages, unit.getKind()),
                        unit.getParent() == null ? null : unit.getParent().getCode(), unit.getSortOrder(),
                        yesNo(unit.isEnabled()));
                List<Person> staff = state.peopleOf(unit);
                for (Department department : state.departmentsOf(unit)) {
                    write(departmentSheet, unit.getCode(), department.getName(), department.getSortOrder(),
                            reference(department.getHead(), staff), reference(department.getLeaderInCharge(), staff));
                }
                for (Person person : staff) {
                    write(personSheet, person.getId(), unit.getCode(),
                            person.getDepartment() == null ? null : person.getDepartment().getName(), person.getName(),
                            label(messages, person.getPosition()), person.getPhone(), person.getEmail(), person.getSortOrder(),
                            yesNo(person.isEnabled()));
                }
            }
            book.write(out);
            audit.success("ORG_EXPORT", "organization", null, unitSheet.getLastRowNum() + " units, "
                    + departmentSheet.getLastRowNum() + " departments, " + personSheet.getLastRowNum() + " people");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name, List<String> columns, CellStyle headerStyle) {
        Sheet sheet = book.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            header.getCell(i).setCellStyle(headerStyle);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void write(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    /** A department's head or leader: the name, or 姓名[编号] when the unit has another person of that name. */
    private static String reference(Person person, List<Person> staff) {
        if (person == null) {
            return null;
        }
        long sameName = staff.stream().filter(p -> p.getName().equals(person.getName())).count();
        return sameName == 1 ? person.getName() : person.getName() + "[" + person.getId() + "]";
    }

    // ---- import ------------------------------------------------------------------------------------------

    /** Checks the whole workbook, then imports all of it or nothing. */
    public ImportReport importWorkbook(InputStream content) {
        scope.requireSystemAdmin();
        Map<String, List<XlsxSheets.Row>> sheets;
        try {
            byte[] bytes = content.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return refused("org.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            sheets = XlsxSheets.read(bytes, Map.of(UNITS, UNIT_COLUMNS, DEPARTMENTS, DEPARTMENT_COLUMNS,
                    PEOPLE, PERSON_COLUMNS), MAX_ROWS);
        } catch (IOException e) {
            log.info("an organization workbook upload cannot be read", e);
            return refused("org.import.error.corrupt");
        } catch (XlsxSheets.Unreadable e) {
            return refused(e.messageKey(), e.arguments());
        }
        ImportReport report;
        try {
            report = transaction.execute(status -> checkAndApply(sheets));
        } catch (ApplyFailure failure) {
            // a rule the row checks cannot foresee (e.g. two units swapping names); the transaction rolled back
            report = ImportReport.rejected(List.of(failure.error));
        }
        if (report.succeeded()) {
            audit.success("ORG_IMPORT", "organization", null, report.counts().toString());
        } else {
            audit.failure("ORG_IMPORT", "organization", null, report.errors().size() + " row errors");
        }
        return report;
    }

    private ImportReport refused(String key, Object... arguments) {
        audit.failure("ORG_IMPORT", "organization", null, key);
        return ImportReport.refused(localized(key, arguments));
    }

    private ImportReport checkAndApply(Map<String, List<XlsxSheets.Row>> sheets) {
        WorkbookCheck check = new WorkbookCheck(OrganizationSnapshot.load(units, departments, people), validator,
                messages);
        WorkbookCheck.Plan plan = check.plan(sheets);
        if (!check.errors().isEmpty()) {
            return ImportReport.rejected(check.errors());
        }
        return ImportReport.imported(new Apply(plan).run());
    }

    // ---- applying ----------------------------------------------------------------------------------------

    /** A service call refused while applying: the transaction rolls back and the report names the row. */
    private static final class ApplyFailure extends RuntimeException {

        private final transient ImportReport.RowError error;

        ApplyFailure(ImportReport.RowError error) {
            super(error.message());
            this.error = error;
        }
    }

    /**
     * Applies a checked plan: units (parents first), new departments, people, then the departments' sort order and
     * leaders (who may be people created just before). Only what differs is changed.
     */
    private final class Apply {

        private final WorkbookCheck.Plan plan;
        private final Map<Integer, Long> createdPeople = new HashMap<>();
        private final Set<Integer> createdDepartments = new HashSet<>();
        private int unitsCreated;
        private int unitsUpdated;
        private int departmentsUpdated;
        private int peopleCreated;
        private int peopleUpdated;

        Apply(WorkbookCheck.Plan plan) {
            this.plan = plan;
        }

        ImportReport.Counts run() {
            plan.units().forEach(line -> attempt(UNITS, line.row(), () -> unit(line)));
            plan.departments().forEach(line -> attempt(DEPARTMENTS, line.row(), () -> createDepartment(line)));
            plan.people().forEach(line -> attempt(PEOPLE, line.row(), () -> person(line)));
            plan.departments().forEach(line -> attempt(DEPARTMENTS, line.row(), () -> updateDepartment(line)));
            return new ImportReport.Counts(unitsCreated, unitsUpdated, createdDepartments.size(), departmentsUpdated,
                    peopleCreated, peopleUpdated);
        }

        private void unit(WorkbookCheck.UnitLine line) {
            Unit unit = units.findByCode(line.code()).orElse(null);
            Long parentId = line.parentCode() == null ? null : unitId(line.parentCode());
            UnitForm form = new UnitForm(line.name(), line.shortName(), line.code(), line.kind(), parentId,
                    line.sortOrder());
            if (unit == null) {
                unit = organization.createUnit(form);
                unitsCreated++;
            } else {
                boolean changed = !same(unit, form);
                if (changed || unit.isEnabled() != line.enabled()) {
                    unitsUpdated++;
                }
                if (changed) {
                    organization.updateUnit(unit.getId(), form);
                }
            }
            if (unit.isEnabled() != line.enabled()) {
                organization.setUnitEnabled(unit.getId(), line.enabled());
            }
        }

        private void createDepartment(WorkbookCheck.DepartmentLine line) {
            Long unitId = unitId(line.unitCode());
            if (departments.findByUnitIdAndName(unitId, line.name()).isEmpty()) {
                organization.createDepartment(new DepartmentForm(unitId, line.name(), line.sortOrder(), null, null));
                createdDepartments.add(line.row());
            }
        }

        private void person(WorkbookCheck.PersonLine line) {
            Long unitId = unitId(line.unitCode());
            Long departmentId = line.departmentName() == null ? null
                    : departments.findByUnitIdAndName(unitId, line.departmentName()).orElseThrow().getId();
            PersonForm form = new PersonForm(unitId, departmentId, line.name(), line.position(), line.phone(),
                    line.email(), line.sortOrder());
            Person person;
            if (line.id() == null) {
                person = organization.createPerson(form);
                createdPeople.put(line.row(), person.getId());
                peopleCreated++;
            } else {
                person = organization.person(line.id());
                boolean changed = !same(person, form);
                if (changed || person.isEnabled() != line.enabled()) {
                    peopleUpdated++;
                }
                if (changed) {
                    // the workbook has no mobile or room: they stay as the person's page set them
                    organization.updatePerson(person.getId(), form.withMobileAndRoom(person.getMobile(), person.getRoom()));
                }
            }
            if (person.isEnabled() != line.enabled()) {
                organization.setPersonEnabled(person.getId(), line.enabled());
            }
        }

        private void updateDepartment(WorkbookCheck.DepartmentLine line) {
            Long unitId = unitId(line.unitCode());
            Department department = departments.findByUnitIdAndName(unitId, line.name()).orElseThrow();
            Long headId = personId(line.head());
            Long leaderId = personId(line.leader());
            boolean same = department.getSortOrder() == line.sortOrder()
                    && Objects.equals(idOf(department.getHead()), headId)
                    && Objects.equals(idOf(department.getLeaderInCharge()), leaderId);
            if (!same) {
                organization.updateDepartment(department.getId(),
                        new DepartmentForm(unitId, line.name(), line.sortOrder(), headId, leaderId));
                if (!createdDepartments.contains(line.row())) {
                    departmentsUpdated++;
                }
            }
        }

        private Long unitId(String code) {
            return units.findByCode(code).orElseThrow().getId();
        }

        private Long personId(WorkbookCheck.PersonRef ref) {
            if (ref == null) {
                return null;
            }
            return ref.id() != null ? ref.id() : createdPeople.get(ref.newPersonRow());
        }

        private void attempt(String sheet, int row, Runnable step) {
            try {
                step.run();
            } catch (BusinessRuleException e) {
                throw new ApplyFailure(new ImportReport.RowError(sheet, row, null,
                        localized(e.messageKey(), e.arguments())));
            } catch (ConstraintViolationException e) {
                throw new ApplyFailure(new ImportReport.RowError(sheet, row, null, e.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("；"))));
            }
        }
    }

    private static boolean same(Unit unit, UnitForm form) {
        return unit.getName().equals(form.name()) && Objects.equals(unit.getShortName(), form.shortName())
                && unit.getKind() == form.kind() && unit.getSortOrder() == form.sortOrder()
                && Objects.equals(unit.getParent() == null ? null : unit.getParent().getId(), form.parentId());
    }

    private static boolean same(Person person, PersonForm form) {
        return person.getUnit().getId().equals(form.unitId())
                && Objects.equals(idOf(person.getDepartment()), form.departmentId())
                && person.getName().equals(form.name()) && person.getPosition() == form.position()
                && Objects.equals(person.getPhone(), form.phone()) && Objects.equals(person.getEmail(), form.email())
                && person.getSortOrder() == form.sortOrder();
    }

    private static Long idOf(Person person) {
        return person == null ? null : person.getId();
    }

    private static Long idOf(Department department) {
        return department == null ? null : department.getId();
    }

    private String localized(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
