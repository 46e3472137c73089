package org.zhengtong.personnel.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;

/**
 * The personnel workbook: one sheet, a header row of column names and a row per employee; export writes it with the
 * columns the reader sees, import reads the same layout (columns found by their Chinese names, in any order). Choices
 * are written and read by their Chinese names (男, 中共党员, 大学本科 …), dates as {@code yyyy-MM-dd}, 工作经历 as
 * periods {@code 2010-07~2015-06 北湖区财政局 科员} separated by {@code ；}.
 */
@Component
class PersonnelWorkbook {

    /** The columns in the order export writes them, each with the field whose audience decides who gets it. */
    enum Column {
        USERNAME(PersonnelField.NAME, "personnel.form.username"),
        DEPARTMENT(PersonnelField.DEPARTMENT, PersonnelField.DEPARTMENT.messageKey()),
        NAME(PersonnelField.NAME, PersonnelField.NAME.messageKey()),
        SEX(PersonnelField.SEX, PersonnelField.SEX.messageKey()),
        ETHNICITY(PersonnelField.ETHNICITY, PersonnelField.ETHNICITY.messageKey()),
        BIRTH_DATE(PersonnelField.BIRTH_DATE, PersonnelField.BIRTH_DATE.messageKey()),
        ID_NUMBER(PersonnelField.ID_NUMBER, PersonnelField.ID_NUMBER.messageKey()),
        POLITICAL_STATUS(PersonnelField.POLITICAL_STATUS, PersonnelField.POLITICAL_STATUS.messageKey()),
        TITLE(PersonnelField.TITLE, PersonnelField.TITLE.messageKey()),
        POST(PersonnelField.POST, PersonnelField.POST.messageKey()),
        EDUCATION(PersonnelField.EDUCATION, PersonnelField.EDUCATION.messageKey()),
        SCHOOL(PersonnelField.SCHOOL, PersonnelField.SCHOOL.messageKey()),
        PHONE(PersonnelField.PHONE, PersonnelField.PHONE.messageKey()),
        SALARY(PersonnelField.SALARY, PersonnelField.SALARY.messageKey()),
        WORK_HISTORY(PersonnelField.WORK_HISTORY, PersonnelField.WORK_HISTORY.messageKey()),
        REMARKS(PersonnelField.REMARKS, PersonnelField.REMARKS.messageKey());

        final PersonnelField field;
        final String header;

        Column(PersonnelField field, String header) {
            this.field = field;
            this.header = header;
        }
    }

    /** A problem of a row (1 is the header row, as Excel counts). */
    record RowError(int row, String message) {
    }

    /** A row read and checked. */
    record Line(int row, PersonnelForm.Checked checked) {
    }

    /** The rows read, or the problems found (then nothing may be saved). */
    record Read(List<Line> rows, List<RowError> errors) {
    }

    private static final Logger log = LoggerFactory.getLogger(PersonnelWorkbook.class);
    /** The largest workbook read: a few thousand rows take far less. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Set<Column> REQUIRED = Set.of(Column.DEPARTMENT, Column.NAME, Column.ID_NUMBER);
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4}-\\d{1,2})\\s*[~～至]\\s*(\\d{4}-\\d{1,2})?\\s*(\\S+)(?:\\s+(.+))?");
    /** Strict: 1993-02-31 is refused, not read as the last day of February. */
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("uuuu-M-d", "uuuu/M/d",
            "uuuu.M.d", "uuuuMMdd").map(p -> DateTimeFormatter.ofPattern(p)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    private final MessageSource messages;
    private final OrgDirectory directory;

    PersonnelWorkbook(MessageSource messages, OrgDirectory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    byte[] write(List<RecordView> rows, Set<PersonnelField> hidden, Locale locale) {
        List<Column> columns = Arrays.stream(Column.values()).filter(c -> !hidden.contains(c.field)).toList();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("personnel.export.sheet", locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                head.createCell(i).setCellValue(text(columns.get(i).header, locale));
            }
            int index = 1;
            for (RecordView v : rows) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    if (column == Column.SALARY && v.salary() != null) {
                        row.createCell(i).setCellValue(v.salary().doubleValue());
                    } else {
                        row.createCell(i).setCellValue(value(column, v, locale));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the personnel export could not be written", e);
        }
    }

    private String value(Column column, RecordView v, Locale locale) {
        return switch (column) {
            case USERNAME -> empty(v.username());
            case DEPARTMENT -> empty(v.departmentName());
            case NAME -> v.name();
            case SEX -> v.sex() == null ? "" : text(v.sex().messageKey(), locale);
            case ETHNICITY -> empty(v.ethnicity());
            case BIRTH_DATE -> v.birthDate() == null ? "" : v.birthDate().toString();
            case ID_NUMBER -> empty(v.idNumber());
            case POLITICAL_STATUS -> v.politicalStatus() == null ? "" : text(v.politicalStatus().messageKey(), locale);
            case TITLE -> empty(v.title());
            case POST -> empty(v.post());
            case EDUCATION -> v.education() == null ? "" : text(v.education().messageKey(), locale);
            case SCHOOL -> empty(v.school());
            case PHONE -> empty(v.phone());
            case SALARY -> "";
            case WORK_HISTORY -> v.workHistory() == null ? "" : v.workHistory().stream()
                    .map(p -> new WorkPeriod(p.from(), p.to(), p.organization(), p.post()).text())
                    .collect(Collectors.joining("；"));
            case REMARKS -> empty(v.remarks());
        };
    }

    /**
     * Reads the first sheet for the unit: every row is checked as a form would be (department of the unit, GB 11643
     * ID number, birth date and sex agreeing with it, phone …), and ID numbers and people may appear once.
     */
    Read read(InputStream content, long unitId, int maxRows, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<Line> rows = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PersonnelRefused("personnel.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
            throw new PersonnelRefused("personnel.import.unreadable");
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            Row head = sheet == null ? null : sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                errors.add(new RowError(1, text("personnel.import.empty", locale)));
                return new Read(List.of(), errors);
            }
            Map<Column, Integer> columns = columns(head, errors, locale);
            if (!errors.isEmpty()) {
                return new Read(List.of(), errors);
            }
            Map<String, Long> departments = directory.departments(unitId).stream()
                    .collect(Collectors.toMap(OrgDirectory.DepartmentRef::name, OrgDirectory.DepartmentRef::id,
                            (a, b) -> a));
            Map<String, Integer> idNumbers = new HashMap<>();
            Map<String, Integer> people = new HashMap<>();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int count = 0;
            for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<Column, String> cells = new EnumMap<>(Column.class);
                LocalDate birthDate = null;
                boolean badDate = false;
                for (Map.Entry<Column, Integer> c : columns.entrySet()) {
                    Cell cell = row == null ? null : row.getCell(c.getValue());
                    if (c.getKey() == Column.BIRTH_DATE && cell != null && cell.getCellType() == CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(cell)) {
                        birthDate = cell.getLocalDateTimeCellValue().toLocalDate();
                        cells.put(c.getKey(), birthDate.toString());
                        continue;
                    }
                    String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
                    if (!value.isEmpty()) {
                        cells.put(c.getKey(), value);
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                int excelRow = r + 1;
                if (++count > maxRows) {
                    errors.add(new RowError(excelRow, text("personnel.import.tooManyRows", locale, maxRows)));
                    break;
                }
                if (birthDate == null && cells.containsKey(Column.BIRTH_DATE)) {
                    birthDate = date(cells.get(Column.BIRTH_DATE));
                    badDate = birthDate == null;
                }
                try {
                    if (badDate) {
                        throw new PersonnelRefused("personnel.error.date", cells.get(Column.BIRTH_DATE));
                    }
                    PersonnelForm form = form(cells, departments, birthDate, locale);
                    PersonnelForm.Checked checked = form.check(directory, unitId);
                    Integer earlier = idNumbers.putIfAbsent(checked.idNumber(), excelRow);
                    if (earlier != null) {
                        throw new PersonnelRefused("personnel.import.duplicateIdNumber", earlier);
                    }
                    if (checked.username() != null) {
                        Integer before = people.putIfAbsent(checked.username(), excelRow);
                        if (before != null) {
                            throw new PersonnelRefused("personnel.import.duplicatePerson", before);
                        }
                    }
                    rows.add(new Line(excelRow, checked));
                } catch (PersonnelRefused e) {
                    errors.add(new RowError(excelRow, messages.getMessage(e.messageKey(), e.arguments(), locale)));
                }
            }
            if (count == 0 && errors.isEmpty()) {
                errors.add(new RowError(1, text("personnel.import.empty", locale)));
            }
        } catch (IOException | EncryptedDocumentException | UnsupportedFileFormatException | EmptyFileException e) {
            log.info("a personnel workbook upload cannot be read", e);
            throw new PersonnelRefused("personnel.import.unreadable");
        }
        return new Read(rows, errors);
    }

    private Map<Column, Integer> columns(Row head, List<RowError> errors, Locale locale) {
        Map<String, Column> byName = new HashMap<>();
        for (Column column : Column.values()) {
            byName.put(text(column.header, Locale.SIMPLIFIED_CHINESE), column);
            byName.put(text(column.header, locale), column);
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (Cell cell : head) {
            String name = formatter.formatCellValue(cell).strip();
            if (name.isEmpty()) {
                continue;
            }
            Column column = byName.get(name);
            if (column == null) {
                errors.add(new RowError(1, text("personnel.import.unknownColumn", locale, name)));
            } else if (columns.putIfAbsent(column, cell.getColumnIndex()) != null) {
                errors.add(new RowError(1, text("personnel.import.duplicateColumn", locale, name)));
            }
        }
        for (Column required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(1, text("personnel.import.missingColumn", locale,
                        text(required.header, locale))));
            }
        }
        return columns;
    }

    private PersonnelForm form(Map<Column, String> cells, Map<String, Long> departments, LocalDate birthDate,
                               Locale locale) {
        PersonnelForm form = new PersonnelForm();
        String department = cells.get(Column.DEPARTMENT);
        if (department == null || !departments.containsKey(department)) {
            throw new PersonnelRefused("personnel.import.unknownDepartment", department == null ? "" : department);
        }
        form.setDepartmentId(departments.get(department));
        form.setUsername(cells.get(Column.USERNAME));
        form.setName(cells.get(Column.NAME));
        form.setSex(choice(Sex.values(), Sex::messageKey, cells.get(Column.SEX), locale, Column.SEX));
        form.setEthnicity(cells.get(Column.ETHNICITY));
        form.setBirthDate(birthDate);
        form.setIdNumber(cells.get(Column.ID_NUMBER));
        form.setPoliticalStatus(choice(PoliticalStatus.values(), PoliticalStatus::messageKey,
                cells.get(Column.POLITICAL_STATUS), locale, Column.POLITICAL_STATUS));
        form.setTitle(cells.get(Column.TITLE));
        form.setPost(cells.get(Column.POST));
        form.setEducation(choice(Education.values(), Education::messageKey, cells.get(Column.EDUCATION), locale,
                Column.EDUCATION));
        form.setSchool(cells.get(Column.SCHOOL));
        form.setPhone(cells.get(Column.PHONE));
        form.setRemarks(cells.get(Column.REMARKS));
        String salary = cells.get(Column.SALARY);
        if (salary != null) {
            try {
                form.setSalary(new BigDecimal(salary.replace(",", "")));
            } catch (NumberFormatException e) {
                throw new PersonnelRefused("personnel.error.salary");
            }
        }
        form.setWorkHistory(periods(cells.get(Column.WORK_HISTORY)));
        return form;
    }

    private static List<PersonnelForm.Period> periods(String text) {
        List<PersonnelForm.Period> periods = new ArrayList<>();
        if (text == null) {
            return periods;
        }
        for (String part : text.split("[；;\\n]")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = PERIOD.matcher(entry);
            if (!m.matches()) {
                throw new PersonnelRefused("personnel.import.period", entry);
            }
            periods.add(new PersonnelForm.Period(month(m.group(1)), m.group(2) == null ? null : month(m.group(2)),
                    m.group(3), m.group(4)));
        }
        return periods;
    }

    /** {@code 2010-7} as {@code 2010-07}. */
    private static String month(String text) {
        String[] parts = text.split("-");
        return parts[0] + "-" + (parts[1].length() == 1 ? "0" + parts[1] : parts[1]);
    }

    private <E extends Enum<E>> E choice(E[] values, Function<E, String> key, String text, Locale locale,
                                         Column column) {
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (text.equals(text(key.apply(value), Locale.SIMPLIFIED_CHINESE)) || text.equals(text(key.apply(value),
                    locale)) || text.equalsIgnoreCase(value.name())) {
                return value;
            }
        }
        throw new PersonnelRefused("personnel.import.choice", text,
                new DefaultMessageSourceResolvable(new String[] {column.header}, column.name()));
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next layout
            }
        }
        return null;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
