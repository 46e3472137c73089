package org.zhengtong.regulation.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.regulation.internal.SoftwareForm;
import org.zhengtong.regulation.internal.SoftwareService;
import org.zhengtong.regulation.internal.SoftwareVersionForm;
import org.zhengtong.regulation.internal.Views;

@RestController
@RequestMapping(path = "/api/v1/software", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "常用软件", description = "软件条目（名称、平台、说明）及其全部版本（版本号、更新说明、安装包及其 SHA-256）；本单位或全市可见，"
        + "本单位制度管理员（REGULATION_MANAGE）上传。安装包类型限 exe、msi、zip、apk、deb、rpm、gz、tgz、7z，内容须与扩展名相符，"
        + "大小上限 zhengtong.regulation.max-installer-size（413）；下载一律为附件（application/octet-stream 等）。")
class SoftwareApiController {

    private final SoftwareService software;
    private final RequestTransactions requests;

    SoftwareApiController(SoftwareService software, RequestTransactions requests) {
        this.software = software;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "常用软件列表", description = "每个条目含最新版本和全部版本。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.SoftwareView> list() {
        return software.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看常用软件")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.SoftwareView view(@PathVariable long id) {
        return software.view(id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "新建常用软件", description = "表单字段 name、platform、scope、description、version、notes 和安装包 "
            + "file。带 Idempotency-Key 请求头时不重复新建。")
    @ApiResponse(responseCode = "201", description = "已新建")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Views.SoftwareView> create(@Valid @ModelAttribute SoftwareForm form,
                                              @RequestPart("file") MultipartFile file, @RequestKey String key) {
        return requests.createOnce(SoftwareForm.REQUEST_KIND, key, () -> software.create(form, file),
                id -> ResponseEntity.status(201).body(software.view(id)));
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传新版本", description = "表单字段 version、notes（更新说明）和安装包 file；同一版本号 409；旧版本保留。")
    @ApiResponse(responseCode = "201", description = "已上传")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Views.SoftwareView> addVersion(@PathVariable long id, @Valid @ModelAttribute SoftwareVersionForm form,
                                                  @RequestPart("file") MultipartFile file, @RequestKey String key) {
        return requests.createOnce(SoftwareVersionForm.REQUEST_KIND, key, () -> software.addVersion(id, form, file),
                versionId -> ResponseEntity.status(201).body(software.view(id)));
    }

    @GetMapping(path = "/{id}/versions/{versionId}/download", produces = MediaType.ALL_VALUE)
    @Operation(summary = "下载安装包", description = "一律作为附件下载，类型由服务器按内容判定。")
    @ApiResponse(responseCode = "200", description = "文件")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long versionId) {
        Views.Download file = software.download(id, versionId);
        return Downloads.attachment(file.name(), file.size(), file.content());
    }
}
