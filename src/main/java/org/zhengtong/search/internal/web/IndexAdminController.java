package org.zhengtong.search.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.Refusals;
import org.zhengtong.search.internal.IndexAdministration;

/**
 * 检索索引 ({@code /admin/search}, system administrators): per kind of record how many entries the index holds,
 * how far it is behind the saved changes, and the rebuild from every module's tables, which runs in the background
 * while the page follows it. The same under {@code /api/v1/search/index}.
 */
@Controller
@Tag(name = "综合检索")
class IndexAdminController {

    private final IndexAdministration administration;
    private final Refusals refusals;

    IndexAdminController(IndexAdministration administration, Refusals refusals) {
        this.administration = administration;
        this.refusals = refusals;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("status", administration.status());
        return "search/admin";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(RedirectAttributes redirect, Locale locale) {
        boolean started = administration.startRebuild();
        redirect.addFlashAttribute("flashMessage",
                refusals.message(started ? "search.rebuild.started" : "search.rebuild.running", locale));
        return "redirect:/admin/search";
    }

    @GetMapping(path = "/api/v1/search/index", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "检索索引状态（系统管理员）", description = "各类记录在索引中的条数、尚未写入索引的变更，以及最近一次重建的进度。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    IndexAdministration.Status status() {
        return administration.status();
    }

    @PostMapping(path = "/api/v1/search/index/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "重建检索索引（系统管理员）", description = "从各模块的数据表重新建立全部索引，在后台进行；"
            + "进度见 GET /api/v1/search/index。批量导入、恢复备份或索引目录丢失后使用。")
    @ApiResponse(responseCode = "202", description = "已开始")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", description = "已有重建正在进行")
    ResponseEntity<IndexAdministration.Status> startRebuild() {
        HttpStatus status = administration.startRebuild() ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(administration.status());
    }
}
