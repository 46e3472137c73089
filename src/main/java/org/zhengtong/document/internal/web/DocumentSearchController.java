package org.zhengtong.document.internal.web;

import org.hibernate.validator.constraints.Range;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.document.internal.DocumentSearch;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.IndexStatus;

/**
 * 公文检索: full-text search over the documents the reader may open; administrators see how far the index is behind
 * and find its rebuild on 检索索引 ({@code /admin/search}).
 */
@Controller
@RequestMapping("/documents/search")
class DocumentSearchController {

    private final DocumentSearch search;
    private final CurrentUsers currentUsers;
    private final IndexStatus indexStatus;

    DocumentSearchController(DocumentSearch search, CurrentUsers currentUsers, IndexStatus indexStatus) {
        this.search = search;
        this.currentUsers = currentUsers;
        this.indexStatus = indexStatus;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0")
                  @Range(min = 0, max = DocumentSearch.MAX_AFTER, message = "{validation.range}") int after,
                  Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("page", search.search(q, null, after));
        }
        boolean admin = currentUsers.current().hasRole(Roles.SYSTEM_ADMIN);
        model.addAttribute("admin", admin);
        if (admin) {
            model.addAttribute("lag", indexStatus.lag());
        }
        return "document/search";
    }

}
