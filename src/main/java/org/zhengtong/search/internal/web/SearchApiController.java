package org.zhengtong.search.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.search.Search;

@RestController
@RequestMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "综合检索", description = "跨模块（公文、档案……）的全文检索，只返回本人可以查看的记录。")
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "综合检索", description = "按本人的可阅范围和涉密等级检索各模块的记录，并由各模块逐条核对查看权限，每页最多 20 条；"
            + "下一页以上一页的 next 作为 after，next 为 -1 时没有更多。kind 限定一个模块，如 document、archive；unit 限定单位，"
            + "from、to 限定日期。检索词中的同义词（系统管理员维护）一并检索，拉丁字母还按人员姓名的拼音或首字母检索（zs 找到张三）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", description = "检索词过长、日期格式不对或起日晚于止日")
    Search.Page search(@Parameter(description = "检索词") @RequestParam
                       @NotBlank(message = "{validation.required}")
                       @Size(max = Search.MAX_TEXT, message = "{validation.size}") String q,
                       @Parameter(description = "模块，如 document") @RequestParam(required = false) String kind,
                       @Parameter(description = "单位 id，只检索该单位的记录") @RequestParam(required = false) Long unit,
                       @Parameter(description = "日期起（含），如 2026-01-01") @RequestParam(required = false)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @Parameter(description = "日期止（含）") @RequestParam(required = false)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @Parameter(description = "上一页的 next") @RequestParam(defaultValue = "0")
                       @Range(min = 0, max = Search.MAX_AFTER, message = "{validation.range}") int after) {
        return search.search(new Search.Criteria(q, kind, unit, from, to, Map.of()), after);
    }
}
