package org.zhengtong.asset.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * 资产报表: per unit the count, original value, accumulated depreciation and net value of the assets on its books, by
 * category and by status; the city's view for 市财政局's asset office (every unit, the units that have registered
 * nothing yet, the latest changes), a unit's own for everyone else; both as an Excel workbook too.
 */
@Component
public class AssetReports {

    private final AssetRepository assets;
    private final AssetChangeRepository changes;
    private final AssetService service;
    private final AssetChangeService changeService;
    private final AssetAccess access;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    AssetReports(AssetRepository assets, AssetChangeRepository changes, AssetService service,
                 AssetChangeService changeService, AssetAccess access, CurrentUsers currentUsers,
                 OrgDirectory directory, MessageSource messages, Clock clock) {
        this.assets = assets;
        this.changes = changes;
        this.service = service;
        this.changeService = changeService;
        this.access = access;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** Count and values of a group of cards. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssetTotals")
    public record Totals(String key, String label, long cards, long quantity, BigDecimal originalValue,
                         BigDecimal depreciation, BigDecimal netValue) {

        Totals plus(AssetView card) {
            return new Totals(key, label, cards + 1, quantity + card.quantity(), originalValue.add(card.originalValue()),
                    depreciation.add(card.accumulatedDepreciation()), netValue.add(card.netValue()));
        }

        static Totals empty(String key, String label) {
            return new Totals(key, label, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2));
        }
    }

    /** A unit's report, at the end of this month. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssetUnitReport")
    public record UnitReport(long unitId, String unitName, LocalDate asOf, Totals total, List<Totals> byCategory,
                             List<Totals> byStatus) {
    }

    /** The city's view: every unit with cards, the units with none, and the changes of the last 30 days. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssetCityReport")
    public record CityReport(LocalDate asOf, Totals total, List<Totals> byUnit, List<OrgDirectory.UnitRef> unregistered,
                             List<ChangeView> recentChanges) {
    }

    @Transactional(readOnly = true)
    public UnitReport unit(Long unitId, Locale locale) {
        CurrentUser user = currentUsers.current();
        long unit = unitId == null ? service.ownUnit(user) : unitId;
        access.requireRead(user, unit);
        Map<String, AssetCategory> categories = service.categoryMap();
        Totals total = Totals.empty("total", text("asset.report.total", locale));
        Map<String, Totals> byCategory = new LinkedHashMap<>();
        Map<AssetStatus, Totals> byStatus = new LinkedHashMap<>();
        for (AssetView card : held(unit)) {
            total = total.plus(card);
            String top = topCategory(card.categoryCode(), categories);
            byCategory.merge(top, Totals.empty(top, categories.get(top).getName()).plus(card), AssetReports::merge);
            byStatus.merge(card.status(), Totals.empty(card.status().name(), text(card.status().messageKey(), locale))
                    .plus(card), AssetReports::merge);
        }
        return new UnitReport(unit, directory.unit(unit).map(OrgDirectory.UnitRef::name).orElse(""),
                LocalDate.now(clock), total, byCategory.values().stream()
                .sorted(Comparator.comparing(Totals::key)).toList(), new ArrayList<>(byStatus.values()));
    }

    @Transactional(readOnly = true)
    public CityReport city(Locale locale) {
        access.requireCity(currentUsers.current());
        Set<Long> withCards = new HashSet<>(assets.unitsWithCards());
        Totals total = Totals.empty("total", text("asset.report.total", locale));
        List<Totals> byUnit = new ArrayList<>();
        List<OrgDirectory.UnitRef> unregistered = new ArrayList<>();
        for (OrgDirectory.UnitRef unit : directory.units()) {
            if (!withCards.contains(unit.id())) {
                unregistered.add(unit);
                continue;
            }
            Totals row = Totals.empty(String.valueOf(unit.id()), unit.name());
            for (AssetView card : held(unit.id())) {
                row = row.plus(card);
                total = total.plus(card);
            }
            byUnit.add(row);
        }
        List<ChangeView> recent = changes.since(null, clock.instant().minus(Duration.ofDays(30)), PageRequest.of(0, 50))
                .stream().map(changeService::view).toList();
        return new CityReport(LocalDate.now(clock), total, byUnit, unregistered, recent);
    }

    /** The report as a workbook: the unit's (by category, by status, every card) or the city's (by unit, unregistered). */
    @Transactional(readOnly = true)
    public byte[] export(Long unitId, boolean city, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (city) {
                CityReport report = city(locale);
                totalsSheet(book, text("asset.report.byUnit", locale), report.byUnit(), report.total(), locale);
                Sheet none = book.createSheet(text("asset.report.unregistered", locale));
                int r = 0;
                for (OrgDirectory.UnitRef unit : report.unregistered()) {
                    none.createRow(r++).createCell(0).setCellValue(unit.name());
                }
            } else {
                UnitReport report = unit(unitId, locale);
                totalsSheet(book, text("asset.report.byCategory", locale), report.byCategory(), report.total(), locale);
                totalsSheet(book, text("asset.report.byStatus", locale), report.byStatus(), report.total(), locale);
                Sheet cards = book.createSheet(text("asset.report.cards", locale));
                String[] header = {"资产编号", "分类代码", "分类", "名称", "规格型号", "数量", "原值", "累计折旧", "净值",
                        "状态", "使用科室", "保管人", "使用人", "存放地点", "取得日期"};
                Row head = cards.createRow(0);
                for (int i = 0; i < header.length; i++) {
                    head.createCell(i).setCellValue(header[i]);
                }
                int r = 1;
                for (AssetView c : held(report.unitId())) {
                    Row row = cards.createRow(r++);
                    Object[] values = {c.number(), c.categoryCode(), c.categoryName(), c.name(), c.model(),
                            c.quantity(), c.originalValue(), c.accumulatedDepreciation(), c.netValue(),
                            text(c.status().messageKey(), locale), c.departmentName(), c.custodianName(),
                            c.userName(), c.place(), c.acquiredOn()};
                    for (int i = 0; i < values.length; i++) {
                        cell(row, i, values[i]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void totalsSheet(XSSFWorkbook book, String name, List<Totals> rows, Totals total, Locale locale) {
        Sheet sheet = book.createSheet(name);
        String[] header = {text("asset.report.group", locale), text("asset.report.cardCount", locale),
                text("asset.field.quantity", locale), text("asset.field.originalValue", locale),
                text("asset.field.depreciation", locale), text("asset.field.netValue", locale)};
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            head.createCell(i).setCellValue(header[i]);
        }
        int r = 1;
        List<Totals> all = new ArrayList<>(rows);
        all.add(total);
        for (Totals t : all) {
            Row row = sheet.createRow(r++);
            Object[] values = {t.label(), t.cards(), t.quantity(), t.originalValue(), t.depreciation(), t.netValue()};
            for (int i = 0; i < values.length; i++) {
                cell(row, i, values[i]);
            }
        }
    }

    private static void cell(Row row, int column, Object value) {
        if (value instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
        } else if (value != null) {
            row.createCell(column).setCellValue(value.toString());
        }
    }

    private List<AssetView> held(long unitId) {
        return assets.findByUnitIdOrderByNumber(unitId).stream().filter(a -> a.getStatus().held())
                .map(service::view).toList();
    }

    /** The top of the classification the code belongs to (房屋和构筑物, 设备, 家具和用具 …). */
    private static String topCategory(String code, Map<String, AssetCategory> categories) {
        String current = code;
        while (categories.containsKey(current) && categories.get(current).getParentCode() != null) {
            current = categories.get(current).getParentCode();
        }
        return categories.containsKey(current) ? current : code;
    }

    private static Totals merge(Totals a, Totals b) {
        return new Totals(a.key(), a.label(), a.cards() + b.cards(), a.quantity() + b.quantity(),
                a.originalValue().add(b.originalValue()), a.depreciation().add(b.depreciation()),
                a.netValue().add(b.netValue()));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
