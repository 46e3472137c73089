package org.zhengtong.document.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.document.internal.DocumentSearch;
import org.zhengtong.document.internal.OfficialDocument;

@RestController
@RequestMapping(path = "/api/v1/documents/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "公文检索", description = "标题和正文的全文检索（中文分词），只返回本人可以查看的公文。")
class DocumentSearchApiController {

    private final DocumentSearch search;

    DocumentSearchApiController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "全文检索公文", description = "在本单位（系统管理员：所有单位）的公文中检索，逐份核对查看权限后每页最多 20 份；"
            + "下一页以上一页的 next 作为 after，next 为 -1 时没有更多。可按文号（number）、密级（classification）精确筛选。")
    @ApiResponse(responseCode = "200", description = "成功")
    SearchResponse search(@Parameter(description = "检索词") @RequestParam String q,
                          @Parameter(description = "上一页的 next") @RequestParam(defaultValue = "0")
                          @Range(min = 0, max = DocumentSearch.MAX_AFTER, message = "{validation.range}") int after,
                          @Parameter(description = "文号") @RequestParam(required = false) String number,
                          @Parameter(description = "密级，如 UNCLASSIFIED") @RequestParam(required = false) String classification) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (number != null && !number.isBlank()) {
            fields.put("number", number);
        }
        if (classification != null && !classification.isBlank()) {
            fields.put("classification", classification);
        }
        DocumentSearch.Page page = search.search(q, fields, after);
        return new SearchResponse(page.items().stream().map(f -> {
            OfficialDocument d = f.document();
            return new SearchHit(d.getId(), d.getTitle(), d.getDocumentNumber(), d.getClassification().name(),
                    d.getStatus().name(), d.getIssueDate(), f.snippet());
        }).toList(), page.next());
    }


    /** @param snippet HTML-escaped text with {@code <mark>} around the words found */
    record SearchHit(long id, String title, String documentNumber, String classification, String status,
                     LocalDate issueDate, String snippet) {
    }

    record SearchResponse(List<SearchHit> items, int next) {
    }
}
