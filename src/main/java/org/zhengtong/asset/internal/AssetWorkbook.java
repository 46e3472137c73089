package org.zhengtong.asset.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.OrgDirectory;

/**
 * 资产卡片 from an Excel sheet: the template to fill in (one row per card, the columns in {@link #COLUMNS}), and the
 * import, all rows or none: every row is read and checked first; a row that cannot be read or breaks a rule leaves
 * the whole sheet unimported with a report row by row in Chinese, and possible duplicates (same name, model and
 * acquisition day in the unit) are listed for confirmation before anything is saved.
 */
@Component
public class AssetWorkbook {

    static final List<String> COLUMNS = List.of("分类代码", "资产名称", "规格型号", "数量", "原值（元）", "取得方式",
            "取得日期", "经费来源", "使用科室", "保管人账号", "使用人账号", "用途", "存放地点", "序列号", "发票号码",
            "发票行号", "备注");

    private final AssetService service;
    private final AssetProperties properties;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    AssetWorkbook(AssetService service, AssetProperties properties, OrgDirectory directory, CurrentUsers currentUsers,
                  MessageSource messages) {
        this.service = service;
        this.properties = properties;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    /** One row's outcome: its number in the sheet, what is wrong (errors) and what to confirm. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssetImportRow")
    public record RowReport(int row, List<String> errors, List<String> confirmations) {
    }

    /** The import's answer: imported (and which cards), or the rows' problems with nothing saved. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssetImportReport")
    public record ImportReport(boolean imported, boolean needsConfirmation, int rows, List<Long> ids,
                               List<RowReport> problems) {
    }

    /** An empty sheet with the columns and one example row, the codes of the choices on a second sheet. */
    public byte[] template(Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("资产卡片");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                sheet.setColumnWidth(i, 16 * 256);
            }
            String[] example = {"A02010105", "台式计算机", "联想 启天M437", "1", "5200.00", label(Acquisition.PURCHASE, locale),
                    LocalDate.now().withDayOfMonth(1).toString(), label(Funding.FISCAL, locale), "", "", "", "办公",
                    "3楼301室", "PF3ABCDE", "24430000000012345678", "1", ""};
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
            }
            Sheet codes = book.createSheet("代码");
            int r = 0;
            for (Acquisition a : Acquisition.values()) {
                Row c = codes.createRow(r++);
                c.createCell(0).setCellValue("取得方式");
                c.createCell(1).setCellValue(label(a, locale));
            }
            for (Funding f : Funding.values()) {
                Row c = codes.createRow(r++);
                c.createCell(0).setCellValue("经费来源");
                c.createCell(1).setCellValue(label(f, locale));
            }
            for (AssetCategory category : service.categories()) {
                Row c = codes.createRow(r++);
                c.createCell(0).setCellValue("分类代码");
                c.createCell(1).setCellValue(category.getCode());
                c.createCell(2).setCellValue(category.getName());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks the sheet; saves every row only if none has an error (and possible duplicates are confirmed). */
    @Transactional
    public ImportReport importSheet(InputStream sheetFile, boolean confirmed, Locale locale) {
        long unitId = service.ownUnit(currentUsers.current());
        List<AssetForm> forms = new ArrayList<>();
        List<RowReport> problems = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(sheetFile)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blankRow(row, formatter)) {
                    continue;
                }
                if (forms.size() + problems.size() >= properties.importRowsOrDefault()) {
                    problems.add(new RowReport(r + 1, List.of(text(locale, "asset.import.tooMany",
                            properties.importRowsOrDefault())), List.of()));
                    break;
                }
                List<String> errors = new ArrayList<>();
                AssetForm form = read(row, formatter, unitId, errors, locale);
                if (errors.isEmpty()) {
                    forms.add(form);
                    rowNumbers.add(r + 1);
                } else {
                    problems.add(new RowReport(r + 1, errors, List.of()));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.zhengtong.platform.BusinessRuleException refusal) {
                throw refusal;
            }
            throw new InvalidInputException("asset.import.unreadable");
        }
        if (forms.isEmpty() && problems.isEmpty()) {
            throw new InvalidInputException("asset.import.empty");
        }
        List<List<AssetService.Problem>> checked = service.check(unitId, forms);
        boolean similar = false;
        for (int i = 0; i < forms.size(); i++) {
            List<String> errors = checked.get(i).stream().filter(p -> !p.confirm())
                    .map(p -> text(locale, p.key(), p.arguments().toArray())).toList();
            List<String> confirmations = checked.get(i).stream().filter(AssetService.Problem::confirm)
                    .map(p -> text(locale, p.key(), p.arguments().toArray())).toList();
            similar |= !confirmations.isEmpty();
            if (!errors.isEmpty() || !confirmations.isEmpty()) {
                problems.add(new RowReport(rowNumbers.get(i), errors, confirmations));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowReport::row));
        boolean errors = problems.stream().anyMatch(p -> !p.errors().isEmpty());
        int rows = forms.size() + (int) problems.stream().filter(p -> !p.errors().isEmpty()).count();
        if (errors || (similar && !confirmed)) {
            return new ImportReport(false, !errors && similar, rows, List.of(), problems);
        }
        List<Long> ids = service.registerAll(forms, true);
        return new ImportReport(true, false, rows, ids, problems);
    }

    private AssetForm read(Row row, DataFormatter formatter, long unitId, List<String> errors, Locale locale) {
        String[] v = new String[COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = AssetForm.blank(value(row.getCell(i), formatter));
        }
        Integer quantity = integer(v[3], "asset.validation.quantity", errors, locale);
        BigDecimal value = null;
        try {
            value = v[4] == null ? null : new BigDecimal(v[4].replace(",", ""));
            if (value != null && (value.signum() < 0 || value.scale() > 2)) {
                errors.add(text(locale, "asset.validation.value"));
            }
        } catch (NumberFormatException e) {
            errors.add(text(locale, "asset.validation.value"));
        }
        Acquisition acquisition = Arrays.stream(Acquisition.values()).filter(a -> matches(v[5], a.name(), label(a, locale)))
                .findFirst().orElse(null);
        Funding funding = Arrays.stream(Funding.values()).filter(f -> matches(v[7], f.name(), label(f, locale)))
                .findFirst().orElse(null);
        LocalDate acquiredOn = null;
        try {
            acquiredOn = v[6] == null ? null : LocalDate.parse(v[6].replace('/', '-'));
        } catch (DateTimeParseException e) {
            errors.add(text(locale, "asset.validation.acquiredOn"));
        }
        Long departmentId = null;
        if (v[8] != null) {
            departmentId = directory.departments(unitId).stream().filter(d -> d.name().equals(v[8]))
                    .map(OrgDirectory.DepartmentRef::id).findFirst().orElse(null);
            if (departmentId == null) {
                errors.add(text(locale, "asset.error.department"));
            }
        }
        Integer line = integer(v[15], "asset.validation.invoiceLine", errors, locale);
        require(v[0], "asset.validation.category", errors, locale);
        require(v[1], "asset.validation.name", errors, locale);
        require(v[3], "asset.validation.quantity", errors, locale);
        require(v[4], "asset.validation.value", errors, locale);
        if (acquisition == null) {
            errors.add(text(locale, "asset.validation.acquisition"));
        }
        if (funding == null) {
            errors.add(text(locale, "asset.validation.funding"));
        }
        require(v[6], "asset.validation.acquiredOn", errors, locale);
        if (quantity != null && quantity < 1) {
            errors.add(text(locale, "asset.validation.quantity"));
        }
        int[] lengths = {9, 100, 100, 0, 0, 0, 0, 0, 0, 40, 40, 200, 200, 100, 40, 0, 500};
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] > 0 && v[i] != null && v[i].length() > lengths[i]) {
                errors.add(text(locale, "asset.import.tooLong", COLUMNS.get(i), lengths[i]));
            }
        }
        return new AssetForm(v[0], v[1], v[2], quantity, value, acquisition, acquiredOn, funding, departmentId,
                v[9], v[10], v[11], v[12], v[13], v[14], line, v[16]);
    }

    private Integer integer(String text, String key, List<String> errors, Locale locale) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
        } catch (NumberFormatException e) {
            errors.add(text(locale, key));
            return null;
        }
    }

    private void require(String value, String key, List<String> errors, Locale locale) {
        if (value == null) {
            String message = text(locale, key);
            if (!errors.contains(message)) {
                errors.add(message);
            }
        }
    }

    private static boolean matches(String value, String code, String label) {
        return value != null && (value.equalsIgnoreCase(code) || value.equals(label));
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean blankRow(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String label(Acquisition a, Locale locale) {
        return text(locale, a.messageKey());
    }

    private String label(Funding f, Locale locale) {
        return text(locale, f.messageKey());
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
