package org.zhengtong.sharedfile.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
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
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.sharedfile.internal.Access;
import org.zhengtong.sharedfile.internal.Category;
import org.zhengtong.sharedfile.internal.Folder;
import org.zhengtong.sharedfile.internal.Grant;
import org.zhengtong.sharedfile.internal.SharedFile;
import org.zhengtong.sharedfile.internal.SharedFileService;
import org.zhengtong.sharedfile.internal.SharedFileViews;

@RestController
@RequestMapping(path = "/api/v1/shared-files", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "共享文件", description = "单位的文件库：文件夹（正规文件、内部指南与问答、计划总结……），按文件夹授予单位、科室、职务、个人"
        + "阅读、上传、管理权限（单位管理员 SHAREDFILE_MANAGE 管理本单位全部文件夹）；文件带密级，有多个版本。"
        + "无权阅读的文件夹和文件一律 404；文件类型与内容不符 400，超过大小或单位配额 413。")
class SharedFileApiController {

    private final SharedFileService service;
    private final SharedFileViews views;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;

    SharedFileApiController(SharedFileService service, SharedFileViews views, CurrentUsers currentUsers,
                            RequestTransactions requests) {
        this.service = service;
        this.views = views;
        this.currentUsers = currentUsers;
        this.requests = requests;
    }

    @GetMapping("/folders")
    @Operation(summary = "我可阅读的文件夹", description = "树形顺序，depth 为层级；access 为本人在其中的权限。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<SharedFileViews.FolderRow> folders() {
        CurrentUser user = currentUsers.current();
        return views.tree(service.readableFolders(user), user);
    }

    /** A folder with its sub-folders and files. */
    /** @param files the page's files, newest first; filesTotal: all the reader may read in the folder */
    record FolderContent(SharedFileViews.FolderRow folder, String path, List<SharedFileViews.FolderRow> folders,
                         List<SharedFileViews.FileRow> files, long filesTotal) {
    }

    @GetMapping("/folders/{id}")
    @Operation(summary = "文件夹内容", description = "子文件夹和本人密级可阅读的文件（最新在前，每页 50 个，page 从 0 起；"
            + "filesTotal 为总数）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    FolderContent folder(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        CurrentUser user = currentUsers.current();
        Folder folder = service.folder(id, Access.READ, user);
        Page<SharedFileViews.FileRow> files = views.files(service.filesIn(id, page, user));
        return new FolderContent(views.row(folder, 0, user), views.path(folder),
                service.subfolders(id, user).stream().map(f -> views.row(f, 1, user)).toList(),
                files.getContent(), files.getTotalElements());
    }

    /** A new folder: at the top of the unit's library (with a category) or under a folder one manages. */
    record NewFolder(Long parentId, String name, Category category) {
    }

    @PostMapping(path = "/folders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建文件夹", description = "顶层文件夹须 SHAREDFILE_MANAGE；子文件夹须对上级文件夹有管理权限，沿用其类别。")
    @ApiResponse(responseCode = "201", description = "已建立")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<SharedFileViews.FolderRow> createFolder(@RequestBody NewFolder request, @RequestKey String key) {
        CurrentUser user = currentUsers.current();
        return requests.createOnce("sharedfile.folder", key,
                () -> service.createFolder(request.parentId(), request.name(), request.category(), user),
                id -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(views.row(service.folder(id, Access.READ, user), 0, user)));
    }

    @GetMapping("/folders/{id}/grants")
    @Operation(summary = "文件夹权限", description = "管理者。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<SharedFileViews.GrantRow> grants(@PathVariable long id) {
        return views.grants(service.folder(id, Access.MANAGE, currentUsers.current()));
    }

    @PostMapping(path = "/folders/{id}/grants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "授予权限", description = "access：READ、UPLOAD、MANAGE；kind：UNIT（单位 id）、DEPARTMENT（科室 id）、"
            + "POSITION（职务代码，本单位）、PERSON（用户名）。对下级文件夹同样有效。")
    @ApiResponse(responseCode = "200", description = "已授予")
    @ApiResponse(responseCode = "400", description = "授权对象不存在")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<SharedFileViews.GrantRow> grant(@PathVariable long id, @RequestBody Grant grant) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> service.grant(id, grant, user),
                () -> views.grants(service.folder(id, Access.MANAGE, user)));
    }

    @GetMapping("/quota")
    @Operation(summary = "本单位的存储配额与用量", description = "字节数，所有版本都计入；mayChange：本人可否修改（单位管理员）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    SharedFileService.Usage quota() {
        return service.usage(currentUsers.current());
    }

    @PutMapping(path = "/quota", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改本单位的存储配额", description = "单位管理员（SHAREDFILE_MANAGE）；megabytes：兆字节，1 至 10000000。")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "400", description = "配额无效")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    SharedFileService.Usage setQuota(@RequestBody QuotaRequest request) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> service.setQuota(request.megabytes(), user), () -> service.usage(user));
    }

    record QuotaRequest(Long megabytes) {
    }

    @PostMapping(path = "/folders/{id}/grants/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "撤销权限")
    @ApiResponse(responseCode = "200", description = "已撤销")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<SharedFileViews.GrantRow> revoke(@PathVariable long id, @RequestBody Grant grant) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> service.revoke(id, grant, user),
                () -> views.grants(service.folder(id, Access.MANAGE, user)));
    }

    @PostMapping(path = "/folders/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传文件", description = "对文件夹有上传权限；类型由内容判断，须与扩展名相符；密级不得高于本人涉密等级。"
            + "带 Idempotency-Key 请求头时重发只上传一次。")
    @ApiResponse(responseCode = "201", description = "已上传")
    @ApiResponse(responseCode = "400", description = "类型不支持或内容与扩展名不符")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "413", description = "超过大小限制或单位配额")
    ResponseEntity<SharedFileViews.FileView> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
                                                    @RequestParam(required = false) String title,
                                                    @RequestParam(required = false) Classification classification,
                                                    @RequestKey String key) {
        CurrentUser user = currentUsers.current();
        return requests.createOnce("sharedfile.file", key,
                () -> service.upload(id, title, classification, file, user),
                fileId -> ResponseEntity.status(HttpStatus.CREATED).body(view(fileId, user)));
    }

    @GetMapping("/files/{id}")
    @Operation(summary = "文件及其版本", description = "最新版本在前。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    SharedFileViews.FileView file(@PathVariable long id) {
        return view(id, currentUsers.current());
    }

    @PostMapping(path = "/files/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传新版本", description = "对文件夹有上传权限；旧版本保留。")
    @ApiResponse(responseCode = "200", description = "已上传")
    @ApiResponse(responseCode = "400", description = "类型不支持或内容与扩展名不符")
    @ApiResponse(responseCode = "413", description = "超过大小限制或单位配额")
    SharedFileViews.FileView newVersion(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> service.newVersion(id, file, user), () -> view(id, user));
    }

    @GetMapping(path = "/files/{id}/versions/{number}/content", produces = MediaType.ALL_VALUE)
    @Operation(summary = "下载版本", description = "总是作为附件下载，类型由服务器按内容判断。")
    @ApiResponse(responseCode = "200", description = "文件")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable int number) {
        SharedFileService.Download file = service.download(id, number, currentUsers.current());
        return Downloads.attachment(file.name(), file.size(), file.content());
    }

    @GetMapping(path = "/files/{id}/preview", produces = MediaType.ALL_VALUE)
    @Operation(summary = "预览当前版本", description = "PDF、图片、音频、视频原样在浏览器中显示；配置了转换器时，Office 文件"
            + "（Word、Excel、PowerPoint、WPS）转为 PDF 显示（见 previewed）；其余作为附件下载。")
    @ApiResponse(responseCode = "200", description = "文件或其 PDF")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", description = "转换器无法读取此文件，请下载")
    ResponseEntity<Resource> preview(@PathVariable long id) {
        SharedFileService.Download file = service.preview(id, currentUsers.current());
        return file.media().previewed() ? Downloads.framed(file.name(), file.size(), file.content())
                : Downloads.attachment(file.name(), file.size(), file.content());
    }

    @DeleteMapping("/files/{id}")
    @Operation(summary = "删除文件", description = "对文件夹有管理权限；连同全部版本。")
    @ApiResponse(responseCode = "204", description = "已删除")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id, currentUsers.current());
        return ResponseEntity.noContent().build();
    }

    private SharedFileViews.FileView view(long id, CurrentUser user) {
        SharedFile file = service.readable(id, user);
        return views.file(file, service.folder(file.getFolderId(), Access.READ, user), service.versions(id, user),
                user);
    }
}
