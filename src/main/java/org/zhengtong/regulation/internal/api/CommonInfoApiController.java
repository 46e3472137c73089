package org.zhengtong.regulation.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.regulation.internal.CommonInfoForm;
import org.zhengtong.regulation.internal.CommonInfoService;
import org.zhengtong.regulation.internal.InfoCategory;
import org.zhengtong.regulation.internal.Views;

@RestController
@RequestMapping(path = "/api/v1/common-info", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "常用信息", description = "常用电话（PHONE）、办事指南（GUIDE）、链接（LINK，地址仅限 http/https，其他 400）；本单位或全市"
        + "可见，本单位制度管理员（REGULATION_MANAGE）维护。")
class CommonInfoApiController {

    private final CommonInfoService infos;
    private final RequestTransactions requests;

    CommonInfoApiController(CommonInfoService infos, RequestTransactions requests) {
        this.infos = infos;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "常用信息列表", description = "可按类别筛选。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.InfoView> list(@RequestParam(required = false) InfoCategory category) {
        return infos.list(category);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看常用信息")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.InfoView view(@PathVariable long id) {
        return infos.view(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建常用信息", description = "本单位制度管理员。带 Idempotency-Key 请求头时不重复新建。")
    @ApiResponse(responseCode = "201", description = "已新建")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Views.InfoView> create(@Valid @RequestBody CommonInfoForm form, @RequestKey String key) {
        return requests.createOnce(CommonInfoForm.REQUEST_KIND, key, () -> infos.create(form),
                id -> ResponseEntity.status(201).body(infos.view(id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改常用信息", description = "本单位制度管理员。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.InfoView update(@PathVariable long id, @Valid @RequestBody CommonInfoForm form) {
        return requests.act(() -> infos.update(id, form), () -> infos.view(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除常用信息", description = "本单位制度管理员。")
    @ApiResponse(responseCode = "204", description = "已删除")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Void> delete(@PathVariable long id) {
        return requests.act(() -> infos.delete(id), () -> ResponseEntity.noContent().build());
    }
}
