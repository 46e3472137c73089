package org.zhengtong.supplies.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * 领用情况: what the unit's requests issued in a month took, per department and item (quantity, requests), on the
 * page and as an Excel workbook, for the unit's managers and the keepers of its stores; everyone else 403.
 */
@Service
@Transactional(readOnly = true)
public class SuppliesReport {

    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final SupplyRequestRepository requests;
    private final SupplyRequestService service;
    private final SuppliesService supplies;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    SuppliesReport(SupplyRequestRepository requests, SupplyRequestService service,
                   SuppliesService supplies, CurrentUsers currentUsers, MessageSource messages, AuditLog audit,
                   Clock clock) {
        this.requests = requests;
        this.service = service;
        this.supplies = supplies;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** One department's use of one item in the month. */
    public record Line(String department, String itemCode, String item, String measure, int quantity, int requests) {
    }

    public record Report(String month, List<Line> lines, int requests) {
    }

    /** The month's use (default: this month). */
    public Report month(YearMonth month) {
        CurrentUser user = currentUsers.current();
        if (!supplies.mayManage() && !supplies.keepsAny()) {
            throw new AccessDeniedException(user.username() + " may not read the unit's use of supplies");
        }
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        if (shown.isBefore(EARLIEST) || shown.isAfter(YearMonth.now(clock).plusYears(1))) {
            throw new BusinessRuleException("supplies.error.month");
        }
        ZoneId zone = clock.getZone();
        List<SupplyRequest> issued = requests
                .findByUnitIdAndStatusAndIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIssuedAt(user.unitId(),
                        RequestStatus.ISSUED, shown.atDay(1).atStartOfDay(zone).toInstant(),
                        shown.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        String noDepartment = messages.getMessage("supplies.report.noDepartment", null, Locale.SIMPLIFIED_CHINESE);
        Map<String, Line> lines = new TreeMap<>();
        for (SupplyRequest r : issued) {
            String department = r.getDepartmentId() == null ? noDepartment
                    : java.util.Objects.requireNonNullElse(service.departmentName(r.getDepartmentId()), noDepartment);
            Map<Long, SupplyItem> lineItems = service.items(r.getLines());
            for (RequestLine requestLine : r.getLines()) {
                SupplyItem item = lineItems.get(requestLine.getItemId());
                lines.merge(department + "\u0000" + item.getCode(),
                        new Line(department, item.getCode(), item.label(), item.getMeasure(),
                                requestLine.getQuantity(), 1),
                        (a, b) -> new Line(a.department(), a.itemCode(), a.item(), a.measure(),
                                a.quantity() + b.quantity(), a.requests() + b.requests()));
            }
        }
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(Line::department).thenComparing(Line::itemCode));
        return new Report(shown.toString(), sorted, issued.size());
    }

    /** The month's use as a workbook: one row per department and item. */
    public byte[] export(YearMonth month, Locale locale) {
        Report report = month(month);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("supplies.report.sheet", locale));
            String[] headers = {"supplies.report.department", "supplies.item.code", "supplies.item.name",
                    "supplies.item.measure", "supplies.report.quantity", "supplies.report.requests"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(text(headers[i], locale));
            }
            int rowNumber = 1;
            for (Line line : report.lines()) {
                Row row = sheet.createRow(rowNumber++);
                row.createCell(0).setCellValue(line.department());
                row.createCell(1).setCellValue(line.itemCode());
                row.createCell(2).setCellValue(line.item());
                row.createCell(3).setCellValue(line.measure());
                row.createCell(4).setCellValue(line.quantity());
                row.createCell(5).setCellValue(line.requests());
            }
            for (int i = 0; i < headers.length; i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            audit.success("SUPPLIES_EXPORT", "suppliesReport", null, report.month());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
