package org.zhengtong.personnel.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.personnel.internal.Audience;
import org.zhengtong.personnel.internal.FieldVisibility;
import org.zhengtong.personnel.internal.PersonnelField;
import org.zhengtong.personnel.internal.PersonnelForm;
import org.zhengtong.personnel.internal.PersonnelImport;
import org.zhengtong.personnel.internal.PersonnelLeaders;
import org.zhengtong.personnel.internal.PersonnelQueries;
import org.zhengtong.personnel.internal.PersonnelQuery;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.personnel.internal.RecordView;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/personnel", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "人事管理", description = "本单位员工的人事档案：部门、姓名、性别、民族、出生日期、身份证号、政治面貌、职称、职务、学历、"
        + "毕业院校、工作经历、联系电话、工资、备注、照片，以及组织机构中的职务（只读）。本单位人员均可查询，但每项信息按安全管理员设定的"
        + "可见范围（EVERYONE 所有人、LEADERS 人事处及指定领导、OFFICE 仅人事处）返回：看不到的项目为 null 并列在 hidden 中，"
        + "按看不到的项目设条件的查询没有结果；查看保密项目记入审计日志。新建、修改、上传照片、导入、指定领导需要 PERSONNEL_MANAGE"
        + "（本单位人事处）；设置可见范围只有安全管理员可以。其他单位的档案 404。")
class PersonnelApiController {

    private final PersonnelService personnel;
    private final PersonnelQueries queries;
    private final PersonnelImport imports;
    private final PersonnelLeaders leaders;
    private final FieldVisibility visibility;
    private final RequestTransactions requests;
    private final Clock clock;

    PersonnelApiController(PersonnelService personnel, PersonnelQueries queries, PersonnelImport imports,
                           PersonnelLeaders leaders, FieldVisibility visibility, RequestTransactions requests,
                           Clock clock) {
        this.personnel = personnel;
        this.queries = queries;
        this.imports = imports;
        this.leaders = leaders;
        this.visibility = visibility;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/records")
    @Operation(summary = "人事档案组合查询", description = "本单位的人事档案，按部门、姓名排序分页。条件均可不填，填写的须同时满足："
            + "departmentId、name（部分匹配）、sex（MALE/FEMALE）、ethnicity、politicalStatus（CPC_MEMBER 中共党员、"
            + "CPC_PROBATIONARY 预备党员、CYL_MEMBER 共青团员、DEMOCRATIC_PARTY 民主党派、NON_PARTISAN 无党派人士、MASSES 群众）、"
            + "education（DOCTORATE、MASTER、BACHELOR、JUNIOR_COLLEGE、SECONDARY、HIGH_SCHOOL_OR_BELOW）、title、post、school"
            + "（部分匹配）、idNumber（完全匹配）。按调用者看不到的项目设条件时没有结果。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    PagedModel<RecordView> search(@ParameterObject @Valid PersonnelQuery query,
                                  @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page) {
        return new PagedModel<>(queries.search(query, page, "api"));
    }

    @GetMapping(path = "/records/export", produces = MediaType.ALL_VALUE)
    @Operation(summary = "导出查询结果（Excel）", description = "条件同组合查询；只含调用者看得到的列，最多 5000 条。")
    @ApiResponse(responseCode = "200", description = "xlsx 文件")
    ResponseEntity<byte[]> export(@ParameterObject @Valid PersonnelQuery query, Locale locale) {
        return Downloads.attachment("人事信息-" + LocalDate.now(clock) + ".xlsx", queries.export(query, locale));
    }

    @PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建人事档案", description = "本单位人事处。departmentId（本单位部门）、name（填了 username 可不填）、"
            + "idNumber（18 位，GB 11643 校验码）必填；birthDate、sex 不填则按身份证号，填了须一致；phone 为手机号或带区号的固定电话；"
            + "salary 为 0 至 1000000 元；workHistory 为 {from, to, organization, post}，年月写作 yyyy-MM。带 Idempotency-Key "
            + "请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已建立；Location 为档案的地址")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<RecordView> create(@RequestBody PersonnelForm form, @RequestKey String key) {
        return requests.createOnce(PersonnelForm.REQUEST_KIND, key, () -> personnel.create(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/personnel/records/{id}").buildAndExpand(id).toUri())
                        .body(personnel.view(id, "api")));
    }

    @GetMapping("/records/{id}")
    @Operation(summary = "查看人事档案", description = "调用者看不到的项目为 null，并列在 hidden 中。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    RecordView record(@Parameter(description = "档案编号") @PathVariable long id) {
        return personnel.view(id, "api");
    }

    @PutMapping(path = "/records/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改人事档案", description = "本单位人事处；规则同新建。version 须为读取时的版本，期间已被他人修改则 409。"
            + "每项改动记入变更记录。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    RecordView update(@PathVariable long id, @RequestBody PersonnelForm form) {
        return requests.act(() -> personnel.update(id, form), () -> personnel.view(id, "api"));
    }

    @PostMapping(path = "/records/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传照片", description = "本单位人事处；JPG 或 PNG（按文件内容判断），不超过 "
            + "zhengtong.personnel.max-photo-size（默认 2 MB），否则 400 / 413。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    RecordView uploadPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo)
            throws IOException {
        if (photo == null || photo.isEmpty()) {
            personnel.form(id);
            throw new BusinessRuleException("personnel.error.photoNeeded");
        }
        try (InputStream in = photo.getInputStream()) {
            return requests.act(() -> personnel.photo(id, photo.getOriginalFilename(), in),
                    () -> personnel.view(id, "api"));
        }
    }

    @GetMapping(path = "/records/{id}/photo", produces = MediaType.ALL_VALUE)
    @Operation(summary = "照片", description = "看得到照片这一项的人可以取得。")
    @ApiResponse(responseCode = "200", description = "JPG 或 PNG 图像")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        PersonnelService.StoredPhoto photo = personnel.openPhoto(id);
        return Downloads.inline(photo.name(), photo.content());
    }

    @GetMapping("/records/{id}/history")
    @Operation(summary = "变更记录", description = "谁在何时把哪一项从什么改成什么，新的在前；调用者看不到的项目，其值以 ****** 代替。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    List<PersonnelService.ChangeView> history(@PathVariable long id, Locale locale) {
        return personnel.history(id, locale);
    }

    @PostMapping(path = "/records/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入 Excel", description = "本单位人事处。第一行为列名，与导出的表格相同（部门、姓名、身份证号必填）。"
            + "任何一行有误则整个表格都不导入，以 400 返回逐行的问题（problems）。")
    @ApiResponse(responseCode = "200", description = "已全部导入")
    @ApiResponse(responseCode = "400", description = "未导入；problems 为逐行的问题")
    ResponseEntity<PersonnelImport.Report> importWorkbook(@RequestParam(required = false) MultipartFile file,
                                                          Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BusinessRuleException("personnel.import.fileNeeded");
        }
        try (InputStream in = file.getInputStream()) {
            PersonnelImport.Report report = imports.importWorkbook(in, locale);
            return ResponseEntity.status(report.succeeded() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
        }
    }

    @GetMapping("/leaders")
    @Operation(summary = "指定领导", description = "本单位人事处指定的、可以查看“人事处及指定领导”项目的人员（账号）。")
    List<String> leaders() {
        return leaders.named();
    }

    @PutMapping(path = "/leaders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设置指定领导", description = "本单位人事处；给出全部指定领导的账号（本单位人员），其余的不再指定。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    List<String> nameLeaders(@RequestBody List<String> usernames) {
        return requests.act(() -> leaders.name(usernames), leaders::named);
    }

    @GetMapping("/visibility")
    @Operation(summary = "各项目的可见范围", description = "EVERYONE 所有人、LEADERS 人事处及指定领导、OFFICE 仅人事处。")
    Map<PersonnelField, Audience> audiences() {
        return visibility.audiences();
    }

    @PutMapping(path = "/visibility", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设置可见范围", description = "只有安全管理员（三员之一）可以；系统管理员等 403。给出的项目改为给出的范围，"
            + "姓名、部门、组织机构职务总是公开。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    Map<PersonnelField, Audience> setAudiences(@RequestBody Map<PersonnelField, Audience> audiences) {
        return requests.act(() -> visibility.set(audiences), visibility::audiences);
    }
}
