package org.zhengtong.platform.internal.org;

import static org.zhengtong.platform.internal.org.WorkbookFormat.DEPARTMENTS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.DEPARTMENT_COLUMNS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.NAME_WITH_ID;
import static org.zhengtong.platform.internal.org.WorkbookFormat.NO;
import static org.zhengtong.platform.internal.org.WorkbookFormat.PEOPLE;
import static org.zhengtong.platform.internal.org.WorkbookFormat.PERSON_COLUMNS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.UNITS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.UNIT_COLUMNS;
import static org.zhengtong.platform.internal.org.WorkbookFormat.YES;
import static org.zhengtong.platform.internal.org.WorkbookFormat.departmentKey;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reads every row of an organization workbook and records every problem. Cross-row checks (parents, cycles,
 * departments, the people a department names) look at the organization as it would be after the import: the stored
 * state with the workbook's rows laid over it. The result is a plan for {@link OrganizationWorkbook} to apply.
 */
final class WorkbookCheck {

    record UnitLine(int row, String code, String name, String shortName, UnitKind kind, String parentCode,
                    int sortOrder, boolean enabled) {
    }

    record DepartmentLine(int row, String unitCode, String name, int sortOrder, PersonRef head, PersonRef leader) {
    }

    record PersonLine(int row, Long id, String unitCode, String departmentName, String name, Position position,
                      String phone, String email, int sortOrder, boolean enabled) {
    }

    /** A person a department row names: someone already stored (id) or a new person of the 人员 sheet (row). */
    record PersonRef(Long id, Integer newPersonRow) {
    }

    /** Rows in the order to apply them: units parents first, so neither a new unit nor a move meets a cycle. */
    record Plan(List<UnitLine> units, List<DepartmentLine> departments, List<PersonLine> people) {
    }

    private final OrganizationSnapshot state;
    private final Validator validator;
    private final MessageSource messages;
    private final List<ImportReport.RowError> errors = new ArrayList<>();
    private final Choices<UnitKind> kinds;
    private final Choices<Position> positions;

    WorkbookCheck(OrganizationSnapshot state, Validator validator, MessageSource messages) {
        this.state = state;
        this.validator = validator;
        this.messages = messages;
        this.kinds = Choices.of(UnitKind.values(), kind -> WorkbookFormat.label(messages, kind));
        this.positions = Choices.of(Position.values(), position -> WorkbookFormat.label(messages, position));
    }

    /** The problems found, in the order of the workbook (cross-row checks run after the rows). */
    List<ImportReport.RowError> errors() {
        List<String> sheetOrder = List.of(UNITS, DEPARTMENTS, PEOPLE);
        return errors.stream()
                .sorted(Comparator.comparingInt((ImportReport.RowError e) -> sheetOrder.indexOf(e.sheet()))
                        .thenComparingInt(ImportReport.RowError::row))
                .toList();
    }

    Plan plan(Map<String, List<XlsxSheets.Row>> sheets) {
        List<UnitLine> unitLines = unitLines(sheets.get(UNITS));
        Map<String, String> finalParents = new HashMap<>();
        state.unitsByCode().values().forEach(u ->
                finalParents.put(u.getCode(), u.getParent() == null ? null : u.getParent().getCode()));
        unitLines.forEach(line -> finalParents.put(line.code(), line.parentCode()));
        checkUnitTree(unitLines, finalParents);

        Set<String> finalDepartments = new HashSet<>(state.departmentsByKey().keySet());
        List<Cells> departmentRows = sheets.get(DEPARTMENTS).stream()
                .map(row -> new Cells(DEPARTMENTS, DEPARTMENT_COLUMNS, row)).toList();
        departmentRows.forEach(cells -> finalDepartments.add(departmentKey(cells.cell(0), cells.cell(1))));

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
        state.unitsByCode().values().forEach(u -> finalNames.put(u.getCode(), u.getName()));
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
                    && !finalDepartments.contains(departmentKey(unitCode, departmentName))) {
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
        state.peopleById().values().forEach(p ->
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
                cells.unique(1, departmentKey(unitCode, name), keyRows, "org.import.error.duplicateDepartment", name);
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
                if (!state.peopleById().containsKey(id)) {
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
