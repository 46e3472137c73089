package org.zhengtong.reception.internal;

import jakarta.persistence.criteria.Predicate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.LikePatterns;

/**
 * 组合查询, 统计 and the Excel export over the receptions of the current user's unit, for those who read them all
 * ({@link ReceptionAccess#mayReadUnit}); everyone else is refused (403) whatever the request names.
 */
@Service
@Transactional(readOnly = true)
public class ReceptionQueries {

    static final int MAX_EXPORT = 5000;
    static final int MAX_PERIOD_YEARS = 10;

    private final ReceptionRepository receptions;
    private final ReceptionService service;
    private final ReceptionAccess access;
    private final ReceptionProperties properties;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ReceptionQueries(ReceptionRepository receptions, ReceptionService service, ReceptionAccess access,
                     ReceptionProperties properties, CurrentUsers currentUsers, MessageSource messages,
                     AuditLog audit, Clock clock) {
        this.receptions = receptions;
        this.service = service;
        this.access = access;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the unit's receptions matching every condition, latest arrival first. */
    public Page<ReceptionView> search(ReceptionQuery query, int page) {
        CurrentUser user = currentUsers.current();
        access.requireUnitReader(user);
        checkPeriod(query.from(), query.to());
        Page<Reception> found = receptions.findAll(matching(query, user.unitId()),
                PageRequest.of(Math.max(page, 0), properties.pageSizeOrDefault(), order()));
        return found.map(service::view);
    }

    /** Counts of the period (default: this year): per level and per month, cancelled receptions left out. */
    public Statistics statistics(LocalDate from, LocalDate to) {
        CurrentUser user = currentUsers.current();
        access.requireUnitReader(user);
        LocalDate start = from != null ? from : LocalDate.now(clock).withDayOfYear(1);
        LocalDate end = to != null ? to : LocalDate.now(clock).withMonth(12).withDayOfMonth(31);
        checkPeriod(start, end);
        List<Reception> list = receptions.findAll(matching(new ReceptionQuery(start, end, null, null, null, null,
                null), user.unitId()), order()).stream()
                .filter(r -> r.getStatus() != ReceptionStatus.CANCELLED).toList();
        Map<ReceptionLevel, Line> byLevel = new EnumMap<>(ReceptionLevel.class);
        for (ReceptionLevel level : ReceptionLevel.values()) {
            byLevel.put(level, Line.EMPTY);
        }
        Map<YearMonth, Line> byMonth = new TreeMap<>();
        Line total = Line.EMPTY;
        ZoneId zone = clock.getZone();
        for (Reception r : list) {
            Line one = new Line(1, r.getVisitorCount(), r.getPlannedCost(), r.getTotalCost());
            byLevel.merge(r.getLevel(), one, Line::plus);
            byMonth.merge(YearMonth.from(r.getArrivalAt().atZone(zone)), one, Line::plus);
            total = total.plus(one);
        }
        List<LevelLine> levels = byLevel.entrySet().stream().map(e -> new LevelLine(e.getKey(), e.getValue())).toList();
        List<MonthLine> months = byMonth.entrySet().stream()
                .map(e -> new MonthLine(e.getKey().toString(), e.getValue())).toList();
        return new Statistics(start, end, total, levels, months);
    }

    /** The query's result as an Excel workbook (at most {@value #MAX_EXPORT} rows), audited. */
    public byte[] export(ReceptionQuery query, Locale locale) {
        CurrentUser user = currentUsers.current();
        access.requireUnitReader(user);
        checkPeriod(query.from(), query.to());
        List<Reception> list = receptions.findAll(matching(query, user.unitId()),
                PageRequest.of(0, MAX_EXPORT, order())).getContent();
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("reception.export.sheet", locale));
            String[] headers = {"reception.number", "reception.visitingUnit", "reception.leaderName",
                    "reception.leaderTitle", "reception.visitorCount", "reception.level", "reception.reason",
                    "reception.arrivalAt", "reception.departureAt", "reception.hostDepartment", "reception.inCharge",
                    "reception.status", "reception.plannedCost", "reception.cost.meal",
                    "reception.cost.accommodation", "reception.cost.transport", "reception.cost.other",
                    "reception.cost.total"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(text(headers[i], locale));
            }
            int rowIndex = 1;
            for (Reception r : list) {
                ReceptionView v = service.view(r);
                Row row = sheet.createRow(rowIndex++);
                int c = 0;
                row.createCell(c++).setCellValue(v.number());
                row.createCell(c++).setCellValue(v.visitingUnit());
                row.createCell(c++).setCellValue(v.leaderName());
                row.createCell(c++).setCellValue(nullToEmpty(v.leaderTitle()));
                row.createCell(c++).setCellValue(v.visitorCount());
                row.createCell(c++).setCellValue(text(v.level().messageKey(), locale));
                row.createCell(c++).setCellValue(v.reason());
                row.createCell(c++).setCellValue(minutes.format(v.arrivalAt()));
                row.createCell(c++).setCellValue(minutes.format(v.departureAt()));
                row.createCell(c++).setCellValue(nullToEmpty(v.hostDepartmentName()));
                row.createCell(c++).setCellValue(nullToEmpty(v.inChargeName()));
                row.createCell(c++).setCellValue(text(v.status().messageKey(), locale));
                for (BigDecimal amount : new BigDecimal[] {v.plannedCost(), v.mealCost(), v.accommodationCost(),
                        v.transportCost(), v.otherCost(), v.totalCost()}) {
                    if (amount == null) {
                        row.createCell(c++);
                    } else {
                        row.createCell(c++).setCellValue(amount.doubleValue());
                    }
                }
            }
            workbook.write(out);
            audit.success("RECEPTION_EXPORT", "reception", null, list.size() + " 条");
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the reception export could not be written", e);
        }
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw new BusinessRuleException("reception.error.periodReversed");
            }
            if (from.plusYears(MAX_PERIOD_YEARS).isBefore(to)) {
                throw new BusinessRuleException("reception.error.periodTooLong", MAX_PERIOD_YEARS);
            }
        }
    }

    private Specification<Reception> matching(ReceptionQuery query, long unitId) {
        ZoneId zone = clock.getZone();
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("unitId"), unitId));
            if (query.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("arrivalAt"),
                        query.from().atStartOfDay(zone).toInstant()));
            }
            if (query.to() != null) {
                where.add(cb.lessThan(root.get("arrivalAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            String unitPattern = LikePatterns.containingIgnoreCase(query.visitingUnit());
            if (unitPattern != null) {
                where.add(cb.like(cb.lower(root.get("visitingUnit")), unitPattern, '\\'));
            }
            if (query.level() != null) {
                where.add(cb.equal(root.get("level"), query.level()));
            }
            if (query.hostDepartmentId() != null) {
                where.add(cb.equal(root.get("hostDepartmentId"), query.hostDepartmentId()));
            }
            if (query.status() != null) {
                where.add(cb.equal(root.get("status"), query.status()));
            }
            String textPattern = LikePatterns.containingIgnoreCase(query.text());
            if (textPattern != null) {
                where.add(cb.or(
                        cb.like(cb.lower(root.get("number")), textPattern, '\\'),
                        cb.like(cb.lower(root.get("visitingUnit")), textPattern, '\\'),
                        cb.like(cb.lower(root.get("leaderName")), textPattern, '\\'),
                        cb.like(cb.lower(root.get("reason")), textPattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Sort order() {
        return Sort.by(Sort.Order.desc("arrivalAt"), Sort.Order.desc("id"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Receptions, visitors, planned and recorded costs (元). */
    public record Line(long receptions, long visitors, BigDecimal plannedCost, BigDecimal cost) {

        static final Line EMPTY = new Line(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        Line plus(Line other) {
            return new Line(receptions + other.receptions, visitors + other.visitors,
                    plannedCost.add(other.plannedCost), cost.add(other.cost));
        }
    }

    public record LevelLine(ReceptionLevel level, Line line) {
    }

    public record MonthLine(String month, Line line) {
    }

    public record Statistics(LocalDate from, LocalDate to, Line total, List<LevelLine> levels,
                             List<MonthLine> months) {
    }

}
