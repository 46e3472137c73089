package org.zhengtong.search.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Refusals;
import org.zhengtong.search.internal.IndexAdministration;
import org.zhengtong.search.internal.Synonyms;

/**
 * 检索索引 ({@code /admin/search}, system administrators): per kind of record how many entries the index holds,
 * how far it is behind the saved changes, and the rebuild from every module's tables, which runs in the background
 * while the page follows it, and the 同义词 dictionary. The same under {@code /api/v1/search/index} and
 * {@code /api/v1/search/synonyms}.
 */
@Controller
@Tag(name = "综合检索")
class IndexAdminController {

    private static final int MAX_SYNONYMS_TEXT = 200_000;

    private final IndexAdministration administration;
    private final Synonyms synonyms;
    private final Refusals refusals;

    IndexAdminController(IndexAdministration administration, Synonyms synonyms, Refusals refusals) {
        this.administration = administration;
        this.synonyms = synonyms;
        this.refusals = refusals;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("status", administration.status());
        if (!model.containsAttribute("synonyms")) {
            model.addAttribute("synonyms", synonyms.text());
        }
        return "search/admin";
    }

    @PostMapping("/admin/search/synonyms")
    String saveSynonyms(@RequestParam(defaultValue = "") @Size(max = MAX_SYNONYMS_TEXT, message = "{validation.size}")
                        String synonymsText, Model model, RedirectAttributes redirect, Locale locale,
                        HttpServletResponse response) {
        try {
            int groups = synonyms.replace(synonymsText);
            redirect.addFlashAttribute("flashMessage", refusals.message("search.synonyms.saved", locale, groups));
            return "redirect:/admin/search";
        } catch (BusinessRuleException e) {
            model.addAttribute("synonyms", synonymsText);
            model.addAttribute("synonymsRefusal", refusals.message(e.messageKey(), locale, e.arguments()));
            response.setStatus(e.status().value());
            return page(model);
        }
    }

    @GetMapping(path = "/api/v1/search/synonyms", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    @Operation(summary = "同义词词典（系统管理员）", description = "每行一组同义词，以逗号分隔；检索其中一个词时也检索同组的其他词。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    String synonyms() {
        return synonyms.text();
    }

    @PutMapping(path = "/api/v1/search/synonyms", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    @Operation(summary = "替换同义词词典（系统管理员）", description = "以请求正文（每行一组，逗号分隔）替换整个词典，立即用于检索，不需重建索引。")
    @ApiResponse(responseCode = "200", description = "已替换，返回新的词典")
    @ApiResponse(responseCode = "400", description = "某行少于两个词、词过长或同一词出现在两组中")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    String replaceSynonyms(@RequestBody @Size(max = MAX_SYNONYMS_TEXT, message = "{validation.size}") String text) {
        synonyms.replace(text);
        return synonyms.text();
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
