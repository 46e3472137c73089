package org.zhengtong.platform.internal.org;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    // The file format: Chinese sheet and column names whatever the UI language, so a workbook travels between users.
    static final String UNITS = "单位";
    static final String DEPARTMENTS = "科室";
    static final String PEOPLE = "人员";
    static final List<String> UNIT_COLUMNS = List.of("单位代码", "单位名称", "简称", "类型", "上级单位代码", "排序号", "启用");
    static final List<String> DEPARTMENT_COLUMNS = List.of("单位代码", "科室名称", "排序号", "科长", "分管领导");
    static final List<String> PERSON_COLUMNS =
            List.of("人员编号", "单位代码", "科室名称", "姓名", "职务", "电话", "电子邮箱", "排序号", "启用");
    static final String YES = "是";
    static final String NO = "否";

    /** Per sheet: a city has some thousands of people, so more rows are a mistake (or an attack on the memory). */
    public static final int MAX_ROWS = 20_000;
    /** An organization of {@link #MAX_ROWS} people fits in about 1 MB; a bigger upload is refused unread. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** A person written as 姓名[人员编号], for when a unit has two people of the same name. */
    private static final Pattern NAME_WITH_ID = Pattern.compile("(.*?)\\s*\\[(\\d{1,18})]");

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
        State state = State.load(units, departments, people);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet unitSheet = sheet(book, UNITS, UNIT_COLUMNS, bold);
            Sheet departmentSheet = sheet(book, DEPARTMENTS, DEPARTMENT_COLUMNS, bold);
            Sheet personSheet = sheet(book, PEOPLE, PERSON_COLUMNS, bold);
            for (Unit unit : state.treeOrder()) {
                write(unitSheet, unit.getCode(), unit.getName(), unit.getShortName(), label(unit.getKind()),
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
                            label(person.getPosition()), person.getPhone(), person.getEmail(), person.getSortOrder(),
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
        State state = State.load(units, departments, people);
        Check check = new Check(state);
        Plan plan = check.plan(sheets);
        if (!check.errors.isEmpty()) {
            // cross-row checks run after the rows: show the problems in the order of the workbook
            List<String> sheetOrder = List.of(UNITS, DEPARTMENTS, PEOPLE);
            check.errors.sort(Comparator.comparingInt((ImportReport.RowError e) -> sheetOrder.indexOf(e.sheet()))
                    .thenComparingInt(ImportReport.RowError::row));
            return ImportReport.rejected(check.errors);
        }
        return ImportReport.imported(new Apply(plan).run());
    }

    // ---- the rows of a workbook --------------------------------------------------------------------------

    private record UnitLine(int row, String code, String name, String shortName, UnitKind kind, String parentCode,
                            int sortOrder, boolean enabled) {
    }

    private record DepartmentLine(int row, String unitCode, String name, int sortOrder, PersonRef head,
                                  PersonRef leader) {
    }

    private record PersonLine(int row, Long id, String unitCode, String departmentName, String name,
                              Position position, String phone, String email, int sortOrder, boolean enabled) {
    }

    /** A person a department row names: someone already stored (id) or a new person of the 人员 sheet (row). */
    private record PersonRef(Long id, Integer newPersonRow) {
    }

    /** Rows in the order to apply them: units parents first, so neither a new unit nor a move meets a cycle. */
    private record Plan(List<UnitLine> units, List<DepartmentLine> departments, List<PersonLine> people) {
    }

    /** The organization as stored, loaded at once (units first, so lazy references resolve without queries). */
    private record State(Map<String, Unit> unitsByCode, Map<String, Department> departmentsByKey,
                         Map<Long, Person> peopleById) {

        static State load(UnitRepository units, DepartmentRepository departments, PersonRepository people) {
            Map<String, Unit> unitsByCode = new LinkedHashMap<>();
            units.findAllByOrderBySortOrderAscIdAsc().forEach(u -> unitsByCode.put(u.getCode(), u));
            Map<Long, Person> peopleById = new LinkedHashMap<>();
            people.findAll().stream()
                    .sorted(Comparator.comparingInt(Person::getSortOrder).thenComparing(Person::getId))
                    .forEach(p -> peopleById.put(p.getId(), p));
            Map<String, Department> departmentsByKey = new LinkedHashMap<>();
            departments.findAll().stream()
                    .sorted(Comparator.comparingInt(Department::getSortOrder).thenComparing(Department::getId))
                    .forEach(d -> departmentsByKey.put(key(d.getUnit().getCode(), d.getName()), d));
            return new State(unitsByCode, departmentsByKey, peopleById);
        }

        /** Depth-first from the roots, each level in sort order: parents always above their children. */
        List<Unit> treeOrder() {
            Map<String, List<Unit>> children = new HashMap<>();
            List<Unit> roots = new ArrayList<>();
            for (Unit unit : unitsByCode.values()) {
                if (unit.getParent() == null) {
                    roots.add(unit);
                } else {
                    children.computeIfAbsent(unit.getParent().getCode(), k -> new ArrayList<>()).add(unit);
                }
            }
            List<Unit> ordered = new ArrayList<>();
            descend(roots, children, ordered);
            return ordered;
        }

        private static void descend(List<Unit> level, Map<String, List<Unit>> children, List<Unit> into) {
            for (Unit unit : level) {
                into.add(unit);
                descend(children.getOrDefault(unit.getCode(), List.of()), children, into);
            }
        }

        List<Department> departmentsOf(Unit unit) {
            return departmentsByKey.values().stream().filter(d -> d.getUnit().getId().equals(unit.getId())).toList();
        }

        List<Person> peopleOf(Unit unit) {
            return peopleById.values().stream().filter(p -> p.getUnit().getId().equals(unit.getId())).toList();
        }
    }

    private static String key(String unitCode, String departmentName) {
        return unitCode + "\n" + departmentName;
    }

    // ---- checking ----------------------------------------------------------------------------------------

    /**
     * Reads every row and records every problem. Cross-row checks (parents, cycles, departments, the people a
     * department names) look at the organization as it would be after the import: the stored state with the
     * workbook's rows laid over it.
     */
    private final class Check {

        private final State state;
        private final List<ImportReport.RowError> errors = new ArrayList<>();
        private final Choices<UnitKind> kinds = Choices.of(UnitKind.values(), OrganizationWorkbook.this::label);
        private final Choices<Position> positions = Choices.of(Position.values(), OrganizationWorkbook.this::label);

        Check(State state) {
            this.state = state;
        }

        Plan plan(Map<String, List<XlsxSheets.Row>> sheets) {
            List<UnitLine> unitLines = unitLines(sheets.get(UNITS));
            Map<String, String> finalParents = new HashMap<>();
            state.unitsByCode.values().forEach(u ->
                    finalParents.put(u.getCode(), u.getParent() == null ? null : u.getParent().getCode()));
            unitLines.forEach(line -> finalParents.put(line.code(), line.parentCode()));
            checkUnitTree(unitLines, finalParents);

            Set<String> finalDepartments = new HashSet<>(state.departmentsByKey.keySet());
            List<Cells> departmentRows = sheets.get(DEPARTMENTS).stream()
                    .map(row -> new Cells(DEPARTMENTS, DEPARTMENT_COLUMNS, row)).toList();
            departmentRows.forEach(cells -> finalDepartments.add(key(cells.cell(0), cells.cell(1))));

            List<PersonLine> personLines = personLines(sheets.get(PEOPLE), finalParents.keySet(), finalDepartments);
            Map<String, List<Candidate>> finalStaff = finalStaff(personLines);
            List<DepartmentLine> departmentLines = departmentLines(departmentRows, finalParents.keySet(), finalStaff);

            List<UnitLine> parentsFirst = unitLines.stream()
                    .sorted(Comparator.comparingInt(line -> depth(line.code(), finalParents)))
                    .toList();
            return new Plan(parentsFirst, departmentLines, personLines);
        }

        private List<UnitLine> unitLines(List<XlsxSheets.Row> rows) {
            List<UnitLine> lines = new ArrayList<>();
            Map<String, Integer> codeRows = new HashMap<>();
            Map<String, Integer> nameRows = new HashMap<>();
            for (XlsxSheets.Row row : rows) {
                Cells cells = new Cells(UNITS, UNIT_COLUMNS, row);
                String code = cells.required(0, UnitForm.class, "code");
                String name = cells.required(1, UnitForm.class, "name");
                String shortName = cells.optional(2, UnitForm.class, "shortName");
                UnitKind kind = cells.choice(3, kinds, "org.import.error.kind");
                String parentCode = cells.optional(4, UnitForm.class, "code");
                int sortOrder = cells.integer(5);
                boolean enabled = cells.flag(6);
                cells.unique(0, code, codeRows, "org.import.error.duplicateCode");
                cells.unique(1, name, nameRows, "org.import.error.duplicateName");
                if (cells.valid()) {
                    lines.add(new UnitLine(row.number(), code, name, shortName, kind, parentCode, sortOrder, enabled));
                }
            }
            return lines;
        }

        private void checkUnitTree(List<UnitLine> lines, Map<String, String> finalParents) {
            Map<String, String> finalNames = new HashMap<>();
            state.unitsByCode.values().forEach(u -> finalNames.put(u.getCode(), u.getName()));
            lines.forEach(line -> finalNames.put(line.code(), line.name()));
            Map<String, List<String>> codesByName = finalNames.entrySet().stream().collect(
                    Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
            Set<String> codesInSheet = lines.stream().map(UnitLine::code).collect(Collectors.toSet());
            for (UnitLine line : lines) {
                Cells cells = new Cells(UNITS, UNIT_COLUMNS, line.row());
                codesByName.get(line.name()).stream()
                        .filter(other -> !other.equals(line.code()) && !codesInSheet.contains(other))
                        .findFirst()
                        .ifPresent(other -> cells.error(1, "org.import.error.nameTaken", line.name(), other));
                if (line.parentCode() == null) {
                    continue;
                }
                if (!finalParents.containsKey(line.parentCode())) {
                    cells.error(4, "org.import.error.unknownUnit", line.parentCode());
                } else if (leadsTo(line.parentCode(), line.code(), finalParents)) {
                    cells.error(4, "org.import.error.cycle", line.parentCode(), line.code());
                }
            }
        }

        private List<PersonLine> personLines(List<XlsxSheets.Row> rows, Set<String> finalUnits,
                                             Set<String> finalDepartments) {
            List<PersonLine> lines = new ArrayList<>();
            Map<String, Integer> idRows = new HashMap<>();
            for (XlsxSheets.Row row : rows) {
                Cells cells = new Cells(PEOPLE, PERSON_COLUMNS, row);
                Long id = cells.personId(0);
                String unitCode = cells.unitCode(1, finalUnits);
                String departmentName = cells.optional(2, DepartmentForm.class, "name");
                String name = cells.required(3, PersonForm.class, "name");
                Position position = cells.choice(4, positions, "org.import.error.position");
                String phone = cells.optional(5, PersonForm.class, "phone");
                String email = cells.optional(6, PersonForm.class, "email");
                int sortOrder = cells.integer(7);
                boolean enabled = cells.flag(8);
                if (id != null) {
                    cells.unique(0, id.toString(), idRows, "org.import.error.duplicatePerson");
                }
                if (unitCode != null && departmentName != null
                        && !finalDepartments.contains(key(unitCode, departmentName))) {
                    cells.error(2, "org.import.error.unknownDepartment", unitCode, departmentName);
                }
                if (cells.valid()) {
                    lines.add(new PersonLine(row.number(), id, unitCode, departmentName, name, position, phone, email,
                            sortOrder, enabled));
                }
            }
            return lines;
        }

        /** Everyone by unit code after the import: stored people, moved or renamed by their rows, and new rows. */
        private Map<String, List<Candidate>> finalStaff(List<PersonLine> lines) {
            Map<Long, Candidate> byId = new LinkedHashMap<>();
            state.peopleById.values().forEach(p ->
                    byId.put(p.getId(), new Candidate(new PersonRef(p.getId(), null), p.getUnit().getCode(), p.getName())));
            List<Candidate> all = new ArrayList<>();
            for (PersonLine line : lines) {
                PersonRef ref = line.id() == null ? new PersonRef(null, line.row()) : new PersonRef(line.id(), null);
                Candidate candidate = new Candidate(ref, line.unitCode(), line.name());
                if (line.id() == null) {
                    all.add(candidate);
                } else {
                    byId.put(line.id(), candidate);
                }
            }
            all.addAll(byId.values());
            return all.stream().collect(Collectors.groupingBy(Candidate::unitCode));
        }

        private List<DepartmentLine> departmentLines(List<Cells> rows, Set<String> finalUnits,
                                                     Map<String, List<Candidate>> finalStaff) {
            List<DepartmentLine> lines = new ArrayList<>();
            Map<String, Integer> keyRows = new HashMap<>();
            for (Cells cells : rows) {
                String unitCode = cells.unitCode(0, finalUnits);
                String name = cells.required(1, DepartmentForm.class, "name");
                int sortOrder = cells.integer(2);
                PersonRef head = cells.person(3, unitCode, finalStaff);
                PersonRef leader = cells.person(4, unitCode, finalStaff);
                if (unitCode != null && name != null) {
                    cells.unique(1, key(unitCode, name), keyRows, "org.import.error.duplicateDepartment", name);
                }
                if (cells.valid()) {
                    lines.add(new DepartmentLine(cells.row, unitCode, name, sortOrder, head, leader));
                }
            }
            return lines;
        }

        /** The cells of one row, with parsers that record a problem against the row and column they found it in. */
        private final class Cells {

            private final String sheet;
            private final List<String> columns;
            private final int row;
            private final List<String> values;
            private boolean valid = true;

            Cells(String sheet, List<String> columns, XlsxSheets.Row row) {
                this.sheet = sheet;
                this.columns = columns;
                this.row = row.number();
                this.values = row.cells();
            }

            /** For cross-row checks after parsing, when only the row number is left. */
            Cells(String sheet, List<String> columns, int row) {
                this.sheet = sheet;
                this.columns = columns;
                this.row = row;
                this.values = List.of();
            }

            boolean valid() {
                return valid;
            }

            String cell(int column) {
                return column < values.size() ? values.get(column) : "";
            }

            void error(int column, String key, Object... arguments) {
                valid = false;
                errors.add(new ImportReport.RowError(sheet, row, columns.get(column), localized(key, arguments)));
            }

            /** A required cell, checked against the same constraints as the form field. */
            String required(int column, Class<?> form, String property) {
                if (cell(column).isEmpty()) {
                    error(column, "validation.required");
                    return null;
                }
                return optional(column, form, property);
            }

            String optional(int column, Class<?> form, String property) {
                String value = cell(column);
                if (value.isEmpty()) {
                    return null;
                }
                validator.validateValue(form, property, value).stream()
                        .map(ConstraintViolation::getMessage)
                        .sorted()
                        .findFirst()
                        .ifPresent(message -> {
                            valid = false;
                            errors.add(new ImportReport.RowError(sheet, row, columns.get(column), message));
                        });
                return value;
            }

            String unitCode(int column, Set<String> finalUnits) {
                String code = cell(column);
                if (code.isEmpty()) {
                    error(column, "validation.required");
                    return null;
                }
                if (!finalUnits.contains(code)) {
                    error(column, "org.import.error.unknownUnit", code);
                    return null;
                }
                return code;
            }

            <E extends Enum<E>> E choice(int column, Choices<E> choices, String errorKey) {
                String value = cell(column);
                if (value.isEmpty()) {
                    error(column, "validation.required");
                    return null;
                }
                E choice = choices.byName().get(value.toUpperCase(Locale.ROOT));
                if (choice == null) {
                    error(column, errorKey, value, choices.listed());
                }
                return choice;
            }

            int integer(int column) {
                String value = cell(column);
                if (value.isEmpty()) {
                    return 0;
                }
                try {
                    return new BigDecimal(value).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    error(column, "org.import.error.integer", value);
                    return 0;
                }
            }

            boolean flag(int column) {
                String value = cell(column).toUpperCase(Locale.ROOT);
                if (value.isEmpty() || value.equals(YES) || value.equals("TRUE") || value.equals("1")) {
                    return true;
                }
                if (value.equals(NO) || value.equals("FALSE") || value.equals("0")) {
                    return false;
                }
                error(column, "org.import.error.flag", cell(column));
                return true;
            }

            Long personId(int column) {
                String value = cell(column);
                if (value.isEmpty()) {
                    return null;
                }
                try {
                    long id = new BigDecimal(value).longValueExact();
                    if (!state.peopleById.containsKey(id)) {
                        error(column, "org.import.error.unknownPerson", value);
                    }
                    return id;
                } catch (ArithmeticException | NumberFormatException e) {
                    error(column, "org.import.error.personId", value);
                    return null;
                }
            }

            /**
             * A 科长 or 分管领导 cell: a name unique among the unit's people, or 姓名[人员编号] for anyone (whether
             * someone of another unit may lead the department is then the service's to decide, as in the form).
             */
            PersonRef person(int column, String unitCode, Map<String, List<Candidate>> finalStaff) {
                String value = cell(column);
                if (value.isEmpty() || unitCode == null) {
                    return null;
                }
                Matcher withId = NAME_WITH_ID.matcher(value);
                List<Candidate> matching = withId.matches()
                        ? finalStaff.values().stream().flatMap(List::stream)
                                .filter(c -> Long.valueOf(withId.group(2)).equals(c.ref().id()))
                                .filter(c -> c.name().equals(withId.group(1)))
                                .toList()
                        : finalStaff.getOrDefault(unitCode, List.of()).stream()
                                .filter(c -> c.name().equals(value))
                                .toList();
                if (matching.isEmpty()) {
                    error(column, "org.import.error.noSuchPerson", unitCode, value);
                    return null;
                }
                if (matching.size() > 1) {
                    error(column, "org.import.error.ambiguousPerson", unitCode, value);
                    return null;
                }
                return matching.get(0).ref();
            }

            void unique(int column, String value, Map<String, Integer> firstRows, String errorKey, Object... shown) {
                if (value == null) {
                    return;
                }
                Integer first = firstRows.putIfAbsent(value, row);
                if (first != null) {
                    error(column, errorKey, shown.length > 0 ? shown[0] : value, first);
                }
            }
        }
    }

    private record Candidate(PersonRef ref, String unitCode, String name) {
    }

    private static boolean leadsTo(String from, String target, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        for (String code = from; code != null && seen.add(code); code = parents.get(code)) {
            if (code.equals(target)) {
                return true;
            }
        }
        return false;
    }

    private static int depth(String code, Map<String, String> parents) {
        int depth = 0;
        for (String parent = parents.get(code); parent != null && depth <= parents.size(); parent = parents.get(parent)) {
            depth++;
        }
        return depth;
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

        private final Plan plan;
        private final Map<Integer, Long> createdPeople = new HashMap<>();
        private final Set<Integer> createdDepartments = new HashSet<>();
        private int unitsCreated;
        private int unitsUpdated;
        private int departmentsUpdated;
        private int peopleCreated;
        private int peopleUpdated;

        Apply(Plan plan) {
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

        private void unit(UnitLine line) {
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

        private void createDepartment(DepartmentLine line) {
            Long unitId = unitId(line.unitCode());
            if (departments.findByUnitIdAndName(unitId, line.name()).isEmpty()) {
                organization.createDepartment(new DepartmentForm(unitId, line.name(), line.sortOrder(), null, null));
                createdDepartments.add(line.row());
            }
        }

        private void person(PersonLine line) {
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
                    organization.updatePerson(person.getId(), form);
                }
            }
            if (person.isEnabled() != line.enabled()) {
                organization.setPersonEnabled(person.getId(), line.enabled());
            }
        }

        private void updateDepartment(DepartmentLine line) {
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

        private Long personId(PersonRef ref) {
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

    // ---- texts -------------------------------------------------------------------------------------------

    private String label(UnitKind kind) {
        return messages.getMessage("unitKind." + kind.name(), null, FILE_LOCALE);
    }

    private String label(Position position) {
        return messages.getMessage(position.messageKey(), null, FILE_LOCALE);
    }

    private static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    /** An enum cell: each value by its Chinese label (as exported) or its constant name; the labels for messages. */
    private record Choices<E extends Enum<E>>(Map<String, E> byName, String listed) {

        static <E extends Enum<E>> Choices<E> of(E[] values, Function<E, String> label) {
            Map<String, E> byName = new HashMap<>();
            List<String> labels = new ArrayList<>();
            for (E value : values) {
                labels.add(label.apply(value));
                byName.put(label.apply(value), value);
                byName.put(value.name(), value);
            }
            return new Choices<>(byName, String.join("、", labels));
        }
    }

    private String localized(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
