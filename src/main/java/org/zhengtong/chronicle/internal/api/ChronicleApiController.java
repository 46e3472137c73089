package org.zhengtong.chronicle.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.chronicle.internal.ChronicleDocuments;
import org.zhengtong.chronicle.internal.ChronicleService;
import org.zhengtong.chronicle.internal.ChronicleViews;
import org.zhengtong.chronicle.internal.EntryForm;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/chronicles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "大事记", description = "单位人员报送大事记条目，经本单位办公室（CHRONICLE_MANAGE：单位管理员、大事记管理员）审核"
        + "（流程，通过 /api/v1/tasks 办理：同意、退回、不同意），办公室按年度发布；本单位人员阅读本单位已发布的大事记，"
        + "市政府办公室收录各单位已发布的条目为全市大事记，所有人可读。密级须在阅读人的涉密等级之内。")
class ChronicleApiController {

    private final ChronicleService chronicles;
    private final ChronicleDocuments documents;
    private final ChronicleViews views;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;

    ChronicleApiController(ChronicleService chronicles, ChronicleDocuments documents, ChronicleViews views,
                           CurrentUsers currentUsers, RequestTransactions requests) {
        this.chronicles = chronicles;
        this.documents = documents;
        this.views = views;
        this.currentUsers = currentUsers;
        this.requests = requests;
    }

    /** A year's chronicle by month. */
    record Year(int year, List<ChronicleViews.Month> months) {
    }

    @GetMapping
    @Operation(summary = "本单位大事记", description = "本单位某年已发布的条目，按月分组、按日期排列（默认今年）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", description = "年份有误")
    Year year(@RequestParam(required = false) Integer year) {
        CurrentUser user = currentUsers.current();
        ChronicleService.Period period = chronicles.yearOrThis(year);
        return new Year(period.from().getYear(), views.months(chronicles.published(period, user), user));
    }

    @GetMapping("/manage")
    @Operation(summary = "办公室：本单位全部条目", description = "CHRONICLE_MANAGE；某年各状态的条目（审核中、待发布、已发布…）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<ChronicleViews.View> manage(@RequestParam(required = false) Integer year) {
        CurrentUser user = currentUsers.current();
        return views.views(chronicles.unitEntries(chronicles.yearOrThis(year), user), user);
    }

    @GetMapping("/mine")
    @Operation(summary = "我报送的条目", description = "各状态，最新的在前。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<ChronicleViews.View> mine() {
        CurrentUser user = currentUsers.current();
        return views.views(chronicles.mine(user), user);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报送条目", description = "本单位人员；日期不晚于今天，标题必填，正文为清理后的富文本，分类 MEETING、LEADER、"
            + "WORK、HONOUR、OTHER，密级不高于本人涉密等级，可关联本人可阅读的公文或会议（linkKind DOCUMENT 或 MEETING，"
            + "linkId）。报送后即送办公室审核。带 Idempotency-Key 请求头时重发只报送一次。")
    @ApiResponse(responseCode = "201", description = "已报送")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<ChronicleViews.View> submit(@RequestBody EntryForm form, @RequestKey String key) {
        return requests.createOnce(EntryForm.REQUEST_KIND, key,
                () -> chronicles.submit(form, currentUsers.current()),
                id -> ResponseEntity.status(HttpStatus.CREATED).body(view(id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "条目", description = "报送人、本单位办公室（各状态）；已发布的本单位人员；收入全市大事记的所有人。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ChronicleViews.View show(@PathVariable long id) {
        return view(id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改条目", description = "报送人，条目在其手中（退回后）时。")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ChronicleViews.View update(@PathVariable long id, @RequestBody EntryForm form) {
        return requests.act(() -> chronicles.update(id, form, currentUsers.current()), () -> view(id));
    }

    @PostMapping(path = "/{id}/resubmit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改后重新报送", description = "报送人，退回的条目改后再送办公室审核。")
    @ApiResponse(responseCode = "200", description = "已重新报送")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ChronicleViews.View resubmit(@PathVariable long id, @RequestBody EntryForm form) {
        return requests.act(() -> chronicles.resubmit(id, form, currentUsers.current()), () -> view(id));
    }

    @PostMapping("/publish")
    @Operation(summary = "发布年度大事记", description = "CHRONICLE_MANAGE；本单位该年已审核的条目全部发布。")
    @ApiResponse(responseCode = "200", description = "已发布，published 为条数")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Map<String, Integer> publish(@RequestParam int year) {
        int[] published = new int[1];
        return requests.act(() -> published[0] = chronicles.publish(year, currentUsers.current()),
                () -> Map.of("published", published[0]));
    }

    @GetMapping("/city")
    @Operation(summary = "全市大事记", description = "市政府办公室收录的各单位条目，按月分组（默认今年），所有单位人员可读。")
    @ApiResponse(responseCode = "200", description = "成功")
    Year city(@RequestParam(required = false) Integer year) {
        CurrentUser user = currentUsers.current();
        ChronicleService.Period period = chronicles.yearOrThis(year);
        return new Year(period.from().getYear(), views.months(chronicles.city(period, user), user));
    }

    @GetMapping("/city/collectable")
    @Operation(summary = "可收录的条目", description = "市政府办公室的 CHRONICLE_MANAGE：各单位某年已发布的条目。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<ChronicleViews.View> collectable(@RequestParam(required = false) Integer year) {
        CurrentUser user = currentUsers.current();
        return views.views(chronicles.collectable(chronicles.yearOrThis(year), user), user);
    }

    @PostMapping("/{id}/city")
    @Operation(summary = "收入全市大事记", description = "市政府办公室的 CHRONICLE_MANAGE；已发布的条目。")
    @ApiResponse(responseCode = "200", description = "已收录")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ChronicleViews.View include(@PathVariable long id) {
        return requests.act(() -> chronicles.includeInCity(id, true, currentUsers.current()), () -> view(id));
    }

    @DeleteMapping("/{id}/city")
    @Operation(summary = "移出全市大事记", description = "市政府办公室的 CHRONICLE_MANAGE。")
    @ApiResponse(responseCode = "200", description = "已移出")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ChronicleViews.View exclude(@PathVariable long id) {
        return requests.act(() -> chronicles.includeInCity(id, false, currentUsers.current()), () -> view(id));
    }

    @GetMapping(path = "/export", produces = {MediaType.APPLICATION_PDF_VALUE, DOCX, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "导出本单位大事记", description = "format=pdf 或 docx；某年（year）或某一期间（from、to，至多十年）。")
    @ApiResponse(responseCode = "200", description = "文件")
    @ApiResponse(responseCode = "400", description = "期间有误")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "pdf") String format,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ChronicleDocuments.File file = documents.unit(year, from, to, format(format), currentUsers.current());
        return Downloads.attachment(file.name(), file.content());
    }

    @GetMapping(path = "/city/export", produces = {MediaType.APPLICATION_PDF_VALUE, DOCX, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "导出全市大事记", description = "format=pdf 或 docx；某年（year）或某一期间（from、to）。")
    @ApiResponse(responseCode = "200", description = "文件")
    @ApiResponse(responseCode = "400", description = "期间有误")
    ResponseEntity<byte[]> exportCity(@RequestParam(defaultValue = "pdf") String format,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ChronicleDocuments.File file = documents.city(year, from, to, format(format), currentUsers.current());
        return Downloads.attachment(file.name(), file.content());
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static ChronicleDocuments.Format format(String format) {
        return ChronicleDocuments.Format.of(format);
    }

    private ChronicleViews.View view(long id) {
        CurrentUser user = currentUsers.current();
        return views.view(chronicles.readable(id, user), user);
    }
}
