package org.zhengtong.vehicle.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * 用车情况: the trips of the current user's unit that left in a month and are back, counted per car, per driver and
 * per booking department (trips, km, fuel in litres and 元, hours out), on the page and as an Excel workbook, for
 * those who read the unit's vehicle use ({@link VehicleAccess#mayReadUnit}); everyone else is refused (403).
 */
@Service
@Transactional(readOnly = true)
public class VehicleStatistics {

    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final VehicleBookingRepository bookings;
    private final VehicleBookingService service;
    private final VehicleAccess access;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    VehicleStatistics(VehicleBookingRepository bookings, VehicleBookingService service, VehicleAccess access,
                      CurrentUsers currentUsers, MessageSource messages, AuditLog audit, Clock clock) {
        this.bookings = bookings;
        this.service = service;
        this.access = access;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The month's use (default: this month). */
    public Report month(YearMonth month) {
        CurrentUser user = currentUsers.current();
        access.requireUnitReader(user);
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        if (shown.isBefore(EARLIEST) || shown.isAfter(YearMonth.now(clock).plusYears(1))) {
            throw new BusinessRuleException("vehicle.error.month");
        }
        ZoneId zone = clock.getZone();
        List<BookingView> trips = bookings
                .findByUnitIdAndStatusAndDepartedAtGreaterThanEqualAndDepartedAtLessThanOrderByDepartedAt(
                        user.unitId(), BookingStatus.RETURNED, shown.atDay(1).atStartOfDay(zone).toInstant(),
                        shown.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                .stream().map(service::view).toList();
        Line total = Line.EMPTY;
        for (BookingView trip : trips) {
            total = total.plus(Line.of(trip));
        }
        return new Report(shown.toString(), total, lines(trips, BookingView::carPlate),
                lines(trips, BookingView::driverName), lines(trips, t -> t.departmentName() == null
                        ? messages.getMessage("vehicle.statistics.noDepartment", null, Locale.SIMPLIFIED_CHINESE)
                        : t.departmentName()), trips);
    }

    /** The month's report as an Excel workbook: a sheet per car, driver, department and the trips; audited. */
    public byte[] export(YearMonth month, Locale locale) {
        Report report = month(month);
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            lineSheet(workbook, "vehicle.statistics.byCar", "vehicle.car.plate", report.cars(), report.total(), locale);
            lineSheet(workbook, "vehicle.statistics.byDriver", "vehicle.driver.name", report.drivers(),
                    report.total(), locale);
            lineSheet(workbook, "vehicle.statistics.byDepartment", "vehicle.booking.department",
                    report.departments(), report.total(), locale);
            Sheet sheet = workbook.createSheet(text("vehicle.statistics.trips", locale));
            header(sheet, locale, "vehicle.booking.number", "vehicle.booking.bookedBy", "vehicle.booking.department",
                    "vehicle.booking.destination", "vehicle.car.plate", "vehicle.driver.name",
                    "vehicle.trip.departedAt", "vehicle.trip.returnedAt", "vehicle.trip.departureMileage",
                    "vehicle.trip.returnMileage", "vehicle.statistics.km", "vehicle.trip.fuelLitres",
                    "vehicle.trip.fuelCost");
            int r = 1;
            for (BookingView t : report.trips()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(t.number());
                row.createCell(c++).setCellValue(t.bookedByName());
                row.createCell(c++).setCellValue(t.departmentName() == null ? "" : t.departmentName());
                row.createCell(c++).setCellValue(t.destination());
                row.createCell(c++).setCellValue(t.carPlate());
                row.createCell(c++).setCellValue(t.driverName());
                row.createCell(c++).setCellValue(minutes.format(t.departedAt()));
                row.createCell(c++).setCellValue(minutes.format(t.returnedAt()));
                row.createCell(c++).setCellValue(t.departureMileage());
                row.createCell(c++).setCellValue(t.returnMileage());
                row.createCell(c++).setCellValue(t.distance());
                row.createCell(c++).setCellValue(orZero(t.fuelLitres()).doubleValue());
                row.createCell(c).setCellValue(orZero(t.fuelCost()).doubleValue());
            }
            workbook.write(out);
            audit.success("VEHICLE_EXPORT", "vehicleBooking", null, report.month() + " " + report.trips().size()
                    + " 条");
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the vehicle statistics could not be written", e);
        }
    }

    private void lineSheet(XSSFWorkbook workbook, String title, String nameHeader, List<NamedLine> lines, Line total,
                           Locale locale) {
        Sheet sheet = workbook.createSheet(text(title, locale));
        header(sheet, locale, nameHeader, "vehicle.statistics.tripCount", "vehicle.statistics.km",
                "vehicle.trip.fuelLitres", "vehicle.trip.fuelCost", "vehicle.statistics.hours");
        int r = 1;
        for (NamedLine line : lines) {
            write(sheet.createRow(r++), line.name(), line.line());
        }
        write(sheet.createRow(r), text("vehicle.statistics.total", locale), total);
    }

    private static void write(Row row, String name, Line line) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(line.trips());
        row.createCell(2).setCellValue(line.km());
        row.createCell(3).setCellValue(line.fuelLitres().doubleValue());
        row.createCell(4).setCellValue(line.fuelCost().doubleValue());
        row.createCell(5).setCellValue(line.hours().doubleValue());
    }

    private void header(Sheet sheet, Locale locale, String... keys) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            head.createCell(i).setCellValue(text(keys[i], locale));
        }
    }

    private static List<NamedLine> lines(List<BookingView> trips, Function<BookingView, String> by) {
        Map<String, Line> grouped = new LinkedHashMap<>();
        trips.forEach(t -> grouped.merge(by.apply(t), Line.of(t), Line::plus));
        List<NamedLine> lines = new ArrayList<>();
        grouped.forEach((name, line) -> lines.add(new NamedLine(name, line)));
        lines.sort((a, b) -> a.name().compareTo(b.name()));
        return lines;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Trips, kilometres, fuel (litres, 元) and hours out (one decimal). */
    @Schema(name = "VehicleUseLine")
    public record Line(long trips, long km, BigDecimal fuelLitres, BigDecimal fuelCost, BigDecimal hours) {

        static final Line EMPTY = new Line(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        static Line of(BookingView trip) {
            BigDecimal hours = BigDecimal.valueOf(Duration.between(trip.departedAt(), trip.returnedAt()).toMinutes())
                    .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
            return new Line(1, trip.distance(), orZero(trip.fuelLitres()), orZero(trip.fuelCost()), hours);
        }

        Line plus(Line other) {
            return new Line(trips + other.trips, km + other.km, fuelLitres.add(other.fuelLitres),
                    fuelCost.add(other.fuelCost), hours.add(other.hours));
        }
    }

    @Schema(name = "VehicleUseNamedLine")
    public record NamedLine(String name, Line line) {
    }

    @Schema(name = "VehicleUseReport")
    public record Report(String month, Line total, List<NamedLine> cars, List<NamedLine> drivers,
                         List<NamedLine> departments, List<BookingView> trips) {
    }
}
