package org.zhengtong.vehicle.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.vehicle.internal.BookingForm;
import org.zhengtong.vehicle.internal.VehicleBookingService;
import org.zhengtong.vehicle.internal.BookingStatus;
import org.zhengtong.vehicle.internal.BookingView;
import org.zhengtong.vehicle.internal.CarForm;
import org.zhengtong.vehicle.internal.CarView;
import org.zhengtong.vehicle.internal.DriverForm;
import org.zhengtong.vehicle.internal.DriverView;
import org.zhengtong.vehicle.internal.FleetService;
import org.zhengtong.vehicle.internal.TripForms;
import org.zhengtong.vehicle.internal.VehicleStatistics;

@RestController
@RequestMapping(path = "/api/v1/vehicle", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "车辆管理", description = "本单位的公务用车：车辆基本信息与驾驶员（车辆管理员，VEHICLE_MANAGE 权限维护）、用车申请（按单位设计的"
        + "用车审批流程，审批待办通过 /api/v1/tasks 办理：发送即同意，退件即不同意）、派车（车辆管理员在“派车”步骤选定车辆和"
        + "驾驶员，同一车辆或驾驶员时间重叠的派车被拒绝）、出车与还车登记（里程、油耗）、按月的用车统计与导出。本单位人员可查看"
        + "车辆并申请用车；申请人看自己的申请，驾驶员看派给自己的出车任务，车辆管理员和单位领导看本单位全部；其他单位 403。"
        + "时间按系统时区（zhengtong.time-zone），里程单位为公里，油量为升，金额为元。")
class VehicleApiController {

    private final FleetService fleet;
    private final VehicleBookingService bookings;
    private final VehicleStatistics statistics;
    private final RequestTransactions requests;
    private final Clock clock;

    VehicleApiController(FleetService fleet, VehicleBookingService bookings, VehicleStatistics statistics,
                         RequestTransactions requests, Clock clock) {
        this.fleet = fleet;
        this.bookings = bookings;
        this.statistics = statistics;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/cars")
    @Operation(summary = "本单位车辆", description = "车牌、车型、座位数、状态（AVAILABLE 可用、REPAIR 维修、DISABLED 停用）、"
            + "最近记录的里程、保养、保险和年检到期日。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<CarView> cars() {
        return fleet.cars();
    }

    @GetMapping("/cars/{id}")
    @Operation(summary = "查看车辆")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    CarView car(@Parameter(description = "车辆编号") @PathVariable long id) {
        return fleet.car(id);
    }

    @PostMapping(path = "/cars", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记车辆", description = "车辆管理员。车牌须为中国车牌（如 湘L·A1234、湘LD12345），全国唯一。带 "
            + "Idempotency-Key 请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<CarView> addCar(@Valid @RequestBody CarForm form, @RequestKey String key) {
        return requests.createOnce(CarForm.REQUEST_KIND, key, () -> fleet.addCar(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/vehicle/cars/{id}").buildAndExpand(id).toUri()).body(fleet.car(id)));
    }

    @PutMapping(path = "/cars/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改车辆", description = "本单位车辆管理员。里程不能小于已记录的里程。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    CarView updateCar(@PathVariable long id, @Valid @RequestBody CarForm form) {
        return requests.act(() -> fleet.updateCar(id, form), () -> fleet.car(id));
    }

    @GetMapping("/drivers")
    @Operation(summary = "本单位驾驶员", description = "车辆管理员。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<DriverView> drivers() {
        return fleet.drivers();
    }

    @PostMapping(path = "/drivers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记驾驶员", description = "车辆管理员；驾驶员须为本单位人员（用户名），准驾车型 A1–C2。")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<DriverView> addDriver(@Valid @RequestBody DriverForm form, @RequestKey String key) {
        return requests.createOnce(DriverForm.REQUEST_KIND, key, () -> fleet.addDriver(form),
                id -> ResponseEntity.status(201).body(fleet.driver(id)));
    }

    @PutMapping(path = "/drivers/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改驾驶员", description = "准驾车型、电话、是否在岗；人员不能更换。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    DriverView updateDriver(@PathVariable long id, @Valid @RequestBody DriverForm form) {
        return requests.act(() -> fleet.updateDriver(id, form), () -> fleet.driver(id));
    }

    @PostMapping(path = "/bookings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "申请用车", description = "用车时间（startsAt、endsAt，结束须晚于开始，最长 31 天）、目的地、乘车人数、"
            + "事由、scope（LOCAL 市内、OUT_OF_CITY 市外）。提交即进入本单位的用车审批流程。本单位须有座位足够的车辆和车辆管理员。"
            + "带 Idempotency-Key 请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已提交；Location 为申请的地址")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<BookingView> book(@Valid @RequestBody BookingForm form, @RequestKey String key) {
        return requests.createOnce(BookingForm.REQUEST_KIND, key, () -> bookings.book(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/vehicle/bookings/{id}").buildAndExpand(id).toUri()).body(bookings.view(id)));
    }

    @GetMapping("/bookings")
    @Operation(summary = "我的用车申请", description = "当前用户提交的申请，按用车时间倒序。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<BookingView> mine() {
        return bookings.mine();
    }

    @GetMapping("/bookings/unit")
    @Operation(summary = "本单位用车申请", description = "车辆管理员和单位领导；可按状态筛选，分页（每页 zhengtong.vehicle.page-size 条）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<BookingView> unit(@RequestParam(required = false) BookingStatus status,
                           @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page) {
        return bookings.unit(status, page).getContent();
    }

    @GetMapping("/trips")
    @Operation(summary = "我的出车任务", description = "派给当前用户（驾驶员）且尚未还车的用车。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<BookingView> trips() {
        return bookings.myTrips();
    }

    @GetMapping("/bookings/{id}")
    @Operation(summary = "查看用车申请", description = "申请、审批状态、派车（车辆、驾驶员）、出车和还车记录。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    BookingView booking(@Parameter(description = "申请编号") @PathVariable long id) {
        return bookings.view(id);
    }

    @PostMapping(path = "/bookings/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "派车", description = "持有该申请“派车”待办的车辆管理员选定车辆和驾驶员：车辆须为本单位可用车辆且座位"
            + "不少于乘车人数；同一车辆或驾驶员在该时段已有派车的被拒绝（同时派车只有一个成功）。")
    @ApiResponse(responseCode = "200", description = "已派车")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    BookingView assign(@PathVariable long id, @Valid @RequestBody TripForms.Assignment assignment) {
        return requests.act(() -> bookings.dispatch(id, assignment), () -> bookings.view(id));
    }

    @PostMapping(path = "/bookings/{id}/departure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "出车登记", description = "驾驶员或车辆管理员；出车里程不能小于车辆最近记录的里程。")
    @ApiResponse(responseCode = "200", description = "已登记")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    BookingView depart(@PathVariable long id, @Valid @RequestBody TripForms.Departure departure) {
        return requests.act(() -> bookings.depart(id, departure), () -> bookings.view(id));
    }

    @PostMapping(path = "/bookings/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "还车登记", description = "驾驶员或车辆管理员；还车里程不能小于出车里程；加油量（升）和油费（元）可填。")
    @ApiResponse(responseCode = "200", description = "已登记")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    BookingView giveBack(@PathVariable long id, @Valid @RequestBody TripForms.Return back) {
        return requests.act(() -> bookings.returned(id, back), () -> bookings.view(id));
    }

    @PostMapping(path = "/bookings/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "取消用车", description = "已派车、未出车的申请：申请人或车辆管理员，须填写原因；释放车辆和驾驶员。")
    @ApiResponse(responseCode = "200", description = "已取消")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    BookingView cancel(@PathVariable long id, @RequestBody Cancellation cancellation) {
        return requests.act(() -> bookings.cancel(id, cancellation.reason()), () -> bookings.view(id));
    }

    @GetMapping("/statistics")
    @Operation(summary = "用车统计", description = "month（yyyy-MM，默认本月）出车并已还车的用车：按车辆、驾驶员、用车科室的次数、"
            + "里程、油量、油费、时长，及明细。车辆管理员和单位领导。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    VehicleStatistics.Report statistics(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return statistics.month(month);
    }

    @GetMapping(path = "/statistics/export", produces = MediaType.ALL_VALUE)
    @Operation(summary = "导出用车统计（Excel）", description = "同用车统计，每个维度一个工作表。")
    @ApiResponse(responseCode = "200", description = "xlsx 文件")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                  Locale locale) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        return Downloads.attachment("用车统计-" + shown + ".xlsx", statistics.export(shown, locale));
    }

    /** Why an assigned booking is cancelled. */
    @Schema(name = "VehicleBookingCancellation")
    record Cancellation(String reason) {
    }
}
