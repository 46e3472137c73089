package org.zhengtong.search.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
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
            + "下一页以上一页的 next 作为 after，next 为 -1 时没有更多。kind 限定一个模块，如 document、archive。")
    @ApiResponse(responseCode = "200", description = "成功")
    Search.Page search(@Parameter(description = "检索词") @RequestParam
                       @NotBlank(message = "{validation.required}")
                       @Size(max = Search.MAX_TEXT, message = "{validation.size}") String q,
                       @Parameter(description = "模块，如 document") @RequestParam(required = false) String kind,
                       @Parameter(description = "上一页的 next") @RequestParam(defaultValue = "0")
                       @Range(min = 0, max = Search.MAX_AFTER, message = "{validation.range}") int after) {
        return search.search(q, kind, Map.of(), after);
    }
}
